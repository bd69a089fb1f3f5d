// Choosing many of a long list in one message (the wizard's indicators and schools): a page of numbered
// items with toggle buttons, ◀︎ ▶︎, a search by typing part of a name, ranges typed as "1-300", «отметить
// найденные», «только выбранные», «Все» and «Готово (N)». Works the same at 5 items and at 4,000: only one
// page is ever drawn; the chosen ids live in the conversation.
import { InlineKeyboard } from "grammy";
import { normalizeSearch } from "../../domain/schools/school-search.js";
import type { Translate } from "../i18n.js";
import { escapeHtml } from "../render/escape-html.js";
import { truncate } from "../render/truncate.js";

export const PICK_PAGE = 20;
const LABEL_MAX = 90;
const MAX_SEARCH = 50;
/** A typed reply made only of numbers, spaces, commas and ranges: "1 3 5", "1-300, 305". */
const NUMBERS = /^[\d\s,;–—-]*\d[\d\s,;–—-]*$/;

export interface PickQuery {
  search: string;
  page: number;
  /** Only among these (the chosen so far). */
  onlyIds?: number[];
}

export interface PickPage {
  /** Everything there is to choose from. */
  total: number;
  matching: number;
  page: number;
  pageCount: number;
  items: Array<{ id: number; label: string; number: number }>;
}

/** Where a picker's items come from: a domain call inside conversation.external, or a list in memory. */
export interface PickSource {
  page(query: PickQuery): Promise<PickPage>;
  /** Ids of every matching item, in the order numbered on the pages. */
  ids(query: Omit<PickQuery, "page">): Promise<number[]>;
}

export type Ask = (text: string, keyboard?: InlineKeyboard, options?: { edit?: boolean }) => Promise<{ text?: string; data?: string }>;

export interface PickOptions {
  heading: string;
  /** «Все» ends the step with "all" (schools: every school, also those added later) instead of ticking all. */
  allMeansAll: boolean;
  /** Chosen at the start (e.g. when the step is repeated). */
  chosen?: number[];
}

interface PickState {
  chosen: Set<number>;
  search: string;
  page: number;
  onlyChosen: boolean;
}

const DATA = "campaign-new:";

export async function pickMany(ask: Ask, t: Translate, source: PickSource, options: PickOptions): Promise<number[] | "all"> {
  const state: PickState = { chosen: new Set(options.chosen ?? []), search: "", page: 0, onlyChosen: false };
  let redraw = false;
  for (;;) {
    const shown = await source.page(queryOf(state));
    state.page = shown.page;
    const reply = await ask(pickText(t, options.heading, state, shown), pickKeyboard(t, state, shown), { edit: redraw });
    redraw = reply.data !== undefined;
    if (reply.data === `${DATA}all`) {
      if (options.allMeansAll) return "all";
      for (const id of await source.ids({ search: "" })) state.chosen.add(id);
    } else if (reply.data === `${DATA}done` && state.chosen.size > 0) {
      return [...state.chosen];
    } else if (reply.data !== undefined) {
      await pressed(reply.data, state, shown, source);
    } else if (reply.text !== undefined) {
      await typed(reply.text, state, source);
    }
  }
}

function queryOf(state: PickState): PickQuery {
  return { search: state.search, page: state.page, ...(state.onlyChosen ? { onlyIds: [...state.chosen] } : {}) };
}

async function pressed(data: string, state: PickState, shown: PickPage, source: PickSource): Promise<void> {
  const [, action, arg] = data.split(":");
  const n = Number(arg);
  if (action === "pick") toggle(state, shown.items.find((i) => i.number === n)?.id);
  else if (action === "page" && Number.isInteger(n)) state.page = n;
  else if (action === "reset") Object.assign(state, { search: "", page: 0, onlyChosen: false });
  else if (action === "only") Object.assign(state, { onlyChosen: !state.onlyChosen, page: 0 });
  else if (action === "mark" || action === "unmark") {
    const ids = await source.ids({ search: state.search, ...(state.onlyChosen ? { onlyIds: [...state.chosen] } : {}) });
    for (const id of ids) (action === "mark" ? state.chosen.add(id) : state.chosen.delete(id));
  }
  if (state.onlyChosen && state.chosen.size === 0) state.onlyChosen = false;
}

/** Numbers and ranges toggle those items of the list as shown; anything else is a search. */
async function typed(text: string, state: PickState, source: PickSource): Promise<void> {
  if (!NUMBERS.test(text)) {
    Object.assign(state, { search: text.trim().slice(0, MAX_SEARCH), page: 0, onlyChosen: false });
    return;
  }
  const ids = await source.ids({ search: state.search, ...(state.onlyChosen ? { onlyIds: [...state.chosen] } : {}) });
  for (const n of numbersIn(text, ids.length)) toggle(state, ids[n - 1]);
}

function toggle(state: PickState, id: number | undefined): void {
  if (id === undefined) return;
  if (state.chosen.has(id)) state.chosen.delete(id);
  else state.chosen.add(id);
}

/** "1 3 5-7" → 1, 3, 5, 6, 7; each number once, none above `max`. */
export function numbersIn(text: string, max: number): number[] {
  const numbers = new Set<number>();
  for (const [, from, to] of text.matchAll(/(\d+)(?:\s*[-–—]\s*(\d+))?/g)) {
    const a = Number(from);
    const b = Math.min(to === undefined ? a : Number(to), max);
    for (let n = Math.max(1, a); n <= b; n++) numbers.add(n);
  }
  return [...numbers];
}

function pickText(t: Translate, heading: string, state: PickState, shown: PickPage): string {
  const lines = [heading, "", t("campaign-new-pick-chosen", { count: state.chosen.size, total: shown.total })];
  if (state.search) lines.push(t("campaign-search-found", { search: escapeHtml(state.search), count: shown.matching }));
  if (state.onlyChosen) lines.push(t("campaign-new-pick-only-chosen"));
  if (shown.pageCount > 1) lines.push(t("campaign-page-line", { page: shown.page + 1, pages: shown.pageCount, count: shown.matching }));
  lines.push("");
  for (const item of shown.items) lines.push(`${state.chosen.has(item.id) ? "✅" : "▫️"} ${item.number}. ${escapeHtml(truncate(item.label, LABEL_MAX))}`);
  if (shown.items.length === 0) lines.push(t(shown.total === 0 ? "campaign-new-pick-empty" : "campaign-search-none"));
  return lines.join("\n");
}

function pickKeyboard(t: Translate, state: PickState, shown: PickPage): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  shown.items.forEach((item, i) => {
    keyboard.text(`${state.chosen.has(item.id) ? "✅" : ""}${item.number}`, `${DATA}pick:${item.number}`);
    if (i % 5 === 4) keyboard.row();
  });
  keyboard.row();
  if (shown.page > 0) keyboard.text("◀︎", `${DATA}page:${shown.page - 1}`);
  if (shown.pageCount > 1) keyboard.text(t("campaign-page-of", { page: shown.page + 1, pages: shown.pageCount }), `${DATA}page:${shown.page}`);
  if (shown.page < shown.pageCount - 1) keyboard.text("▶︎", `${DATA}page:${shown.page + 1}`);
  if (state.search && shown.matching > 0) {
    keyboard.row().text(t("campaign-new-pick-mark", { count: shown.matching }), `${DATA}mark`).text(t("campaign-new-pick-unmark"), `${DATA}unmark`);
  }
  keyboard.row().text(t("campaign-new-pick-all"), `${DATA}all`);
  if (state.chosen.size > 0) keyboard.text(t(state.onlyChosen ? "campaign-new-pick-show-all" : "campaign-new-pick-show-chosen"), `${DATA}only`);
  if (state.search) keyboard.row().text(t("campaign-search-reset"), `${DATA}reset`);
  if (state.chosen.size > 0) keyboard.row().text(t("campaign-new-pick-done", { count: state.chosen.size }), `${DATA}done`);
  return keyboard;
}

/** A list in memory as a picker's source (the indicators: a few dozen at most). */
export function memorySource(choices: ReadonlyArray<{ id: number; label: string }>): PickSource {
  const matching = (query: Omit<PickQuery, "page">) => {
    const search = normalizeSearch(query.search);
    const only = query.onlyIds ? new Set(query.onlyIds) : undefined;
    return choices.filter((c) => (!only || only.has(c.id)) && normalizeSearch(c.label).includes(search));
  };
  return {
    async page(query) {
      const all = matching(query);
      const pageCount = Math.max(1, Math.ceil(all.length / PICK_PAGE));
      const page = Math.min(Math.max(0, query.page), pageCount - 1);
      // Numbered by place in the filtered list, as typed numbers are read.
      const items = all.slice(page * PICK_PAGE, (page + 1) * PICK_PAGE).map((c, i) => ({ id: c.id, label: c.label, number: page * PICK_PAGE + i + 1 }));
      return { total: choices.length, matching: all.length, page, pageCount, items };
    },
    async ids(query) {
      return matching(query).map((c) => c.id);
    },
  };
}
