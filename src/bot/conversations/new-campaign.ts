// A methodologist creates a monitoring campaign: title, period, indicators, opening, deadline, schools; a
// summary to confirm. Dates are read in the municipality's time zone the way people type them. One named
// step per question; the two long lists are paged pickers (paged-picker.ts), so 4,000 schools fit.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../domain/actor.js";
import { createCampaign } from "../../domain/campaigns/create-campaign.js";
import { indicatorTitle } from "../../domain/indicators/indicator-view.js";
import { listIndicators } from "../../domain/indicators/list-indicators.js";
import { findMunicipality } from "../../domain/municipalities/find-municipality.js";
import { findSchools } from "../../domain/schools/find-schools.js";
import { formatLocal, parseLocalDate, toLocal } from "../../domain/time/zoned-time.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Language, Translate } from "../i18n.js";
import { escapeHtml } from "../render/escape-html.js";
import { truncate } from "../render/truncate.js";
import { attempt } from "./external-result.js";
import { schoolPickSource } from "./school-pick-source.js";
import { memorySource, pickMany, type Ask } from "./paged-picker.js";
import { waitForInput } from "./wait-for-input.js";

export const NEW_CAMPAIGN_CONVERSATION = "new-campaign";

type NewCampaignConversation = Conversation<BotContext, Context>;
type Choice = { id: number; label: string };

const DATA = "campaign-new:";
const END_OF_DAY = { hour: 23, minute: 59 };
const START_OF_DAY = { hour: 9, minute: 0 };
/** The summary names this many indicators and schools; the rest are counted. */
const SUMMARY_ITEMS = 15;

/** What every step needs: the conversation, its chat, texts, the domain, who is asking. */
interface Wizard {
  conversation: NewCampaignConversation;
  ctx: Context;
  t: Translate;
  deps: BotDeps;
  actor: Actor;
  ask: Ask;
  timeZone: string;
  now: Date;
}

interface Draft {
  title: string;
  period: string;
  indicators: Choice[];
  opensAt: Date;
  deadline: Date;
  schools: number[] | "all";
}

export function createNewCampaignConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function newCampaign(conversation: NewCampaignConversation, ctx: Context, actor: Actor): Promise<void> {
    const t = translate(actor.language);
    const setup = await conversation.external(() => attempt(() => loadSetup(deps, actor)));
    if (!setup.ok) return void (await ctx.reply(t(`error-${setup.code}`, setup.params)));
    // Nothing to pick from: say who can fix it before asking a single question, not at an empty list.
    if (setup.value.indicators.length === 0) return void (await ctx.reply(t("campaign-new-no-indicators")));
    if (setup.value.schoolCount === 0) return void (await ctx.reply(t("campaign-new-no-schools")));
    // The domain clock, not Date.now: tests and the demo move time.
    const now = new Date(await conversation.external(() => deps.domain.now().getTime()));
    const w: Wizard = { conversation, ctx, t, deps, actor, ask: makeAsk(conversation, ctx, t), timeZone: setup.value.timeZone, now };

    const title = await askTitle(w);
    const period = await askPeriod(w);
    const indicators = await pickIndicators(w, setup.value.indicators);
    const opensAt = await askOpening(w);
    const deadline = await askDeadline(w, opensAt);
    const schools = await pickMany(w.ask, t, schoolPickSource(w), { heading: t("campaign-new-schools"), allMeansAll: true });
    const draft: Draft = { title, period, indicators, opensAt, deadline, schools };
    if (await confirm(w, draft, setup.value.schoolCount)) await create(w, draft);
  };
}

async function loadSetup(deps: BotDeps, actor: Actor) {
  const municipality = await findMunicipality(deps.domain, actor, actor.municipalityId);
  const indicators = await listIndicators(deps.domain, actor);
  const schools = await findSchools(deps.domain, actor, { pageSize: 1 });
  return {
    timeZone: municipality.timeZone,
    indicators: indicators.map((i) => ({ id: i.id, label: indicatorTitle(i, actor.language) })),
    schoolCount: schools.total,
  };
}

/** The next text or live button; "cancel" (button or /cancel) ends the conversation. */
function makeAsk(conversation: NewCampaignConversation, ctx: Context, t: Translate): Ask {
  let promptId = 0;
  const cancel = async (): Promise<never> => {
    await ctx.reply(t("campaign-new-cancelled"));
    return conversation.halt();
  };
  return async (text, keyboard, options = {}) => {
    const markup = (keyboard ?? new InlineKeyboard()).row().text(t("campaign-new-cancel"), `${DATA}cancel`);
    // Toggling a choice redraws the same message instead of sending a new one per press.
    if (options.edit && promptId) await ctx.api.editMessageText(ctx.chat!.id, promptId, text, { parse_mode: "HTML", reply_markup: markup });
    else promptId = (await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup })).message_id;
    const input = await waitForInput(conversation, { messageId: promptId, prefix: DATA }, t);
    if (input.kind === "button") return input.data === `${DATA}cancel` ? cancel() : { data: input.data };
    if (input.kind === "text") return { text: input.text };
    if (input.kind === "other") {
      await ctx.reply(t("form-text-expected"));
      return {};
    }
    if (input.text === "/cancel") return cancel();
    // Another command: leave the wizard and let the command run.
    await ctx.reply(t("campaign-new-cancelled"));
    return conversation.halt({ next: true });
  };
}

async function askTitle(w: Wizard): Promise<string> {
  for (;;) {
    const title = (await w.ask(w.t("campaign-new-title"))).text ?? "";
    if (title.length >= 3 && title.length <= 200) return title;
    await w.ctx.reply(w.t("campaign-new-title-invalid"));
  }
}

/** This quarter, next quarter, this year; or typed as 2026-Q4, "2026 Q4", 2026q4 or 2026. */
async function askPeriod(w: Wizard): Promise<string> {
  const local = toLocal(w.now, w.timeZone);
  const quarter = Math.floor((local.month - 1) / 3) + 1;
  const nextQuarter = quarter === 4 ? `${local.year + 1}-Q1` : `${local.year}-Q${quarter + 1}`;
  const periods = [`${local.year}-Q${quarter}`, nextQuarter, `${local.year}`];
  for (;;) {
    const keyboard = new InlineKeyboard();
    periods.forEach((p) => keyboard.text(p, `${DATA}period:${p}`));
    const reply = await w.ask(w.t("campaign-new-period"), keyboard);
    const candidate =
      reply.data?.slice(`${DATA}period:`.length) ??
      reply.text?.toUpperCase().replace(/\s+/g, "").replace(/^(20\d{2})-?(Q[1-4])$/, "$1-$2");
    if (candidate && /^20\d{2}(-Q[1-4])?$/.test(candidate)) return candidate;
    await w.ctx.reply(w.t("campaign-new-period-invalid"));
  }
}

async function pickIndicators(w: Wizard, indicators: Choice[]): Promise<Choice[]> {
  const picked = await pickMany(w.ask, w.t, memorySource(indicators), { heading: w.t("campaign-new-indicators"), allMeansAll: false });
  // In catalogue order, whatever order they were ticked in: the form asks them in this order.
  return picked === "all" ? indicators : indicators.filter((i) => picked.includes(i.id));
}

async function askOpening(w: Wizard): Promise<Date> {
  for (;;) {
    const reply = await w.ask(w.t("campaign-new-opens", { zone: w.timeZone }), new InlineKeyboard().text(w.t("campaign-new-opens-now"), `${DATA}now`));
    if (reply.data === `${DATA}now`) return w.now;
    const opensAt = reply.text ? parseLocalDate(reply.text, w.timeZone, w.now, START_OF_DAY) : undefined;
    if (opensAt) return opensAt;
    await w.ctx.reply(w.t("campaign-new-date-invalid"));
  }
}

async function askDeadline(w: Wizard, opensAt: Date): Promise<Date> {
  for (;;) {
    const reply = await w.ask(w.t("campaign-new-deadline", { zone: w.timeZone }));
    const parsed = reply.text ? parseLocalDate(reply.text, w.timeZone, w.now, END_OF_DAY) : undefined;
    if (!parsed) await w.ctx.reply(w.t("campaign-new-date-invalid"));
    else if (parsed <= opensAt || parsed <= w.now) await w.ctx.reply(w.t("campaign-new-deadline-too-early", { opens: formatLocal(opensAt, w.timeZone) }));
    else return parsed;
  }
}

async function confirm(w: Wizard, draft: Draft, schoolCount: number): Promise<boolean> {
  const schools = draft.schools === "all" ? w.t("campaign-new-all-schools", { count: schoolCount }) : await schoolNames(w, draft.schools);
  const shownIndicators = draft.indicators.slice(0, SUMMARY_ITEMS).map((i) => `• ${escapeHtml(truncate(i.label, 100))}`);
  const more = draft.indicators.length - shownIndicators.length;
  const summary = w.t("campaign-new-summary", {
    title: escapeHtml(draft.title),
    period: draft.period,
    indicators: draft.indicators.length,
    list: [...shownIndicators, ...(more > 0 ? [w.t("campaign-new-summary-more", { count: more })] : [])].join("\n"),
    opens: formatLocal(draft.opensAt, w.timeZone),
    deadline: formatLocal(draft.deadline, w.timeZone),
    schools,
  });
  const reply = await w.ask(summary, new InlineKeyboard().text(w.t("campaign-new-create"), `${DATA}create`));
  if (reply.data === `${DATA}create`) return true;
  await w.ctx.reply(w.t("campaign-new-cancelled"));
  return false;
}

/** "СОШ №1, СОШ №2", or the first few and how many more. */
async function schoolNames(w: Wizard, ids: number[]): Promise<string> {
  const first = await w.conversation.external(() =>
    attempt(() => findSchools(w.deps.domain, w.actor, { onlyIds: ids, pageSize: SUMMARY_ITEMS })),
  );
  if (!first.ok) return String(ids.length);
  const names = first.value.items.map((s) => escapeHtml(truncate(s.shortName, 60))).join(", ");
  const more = ids.length - first.value.items.length;
  return more > 0 ? w.t("campaign-new-schools-more", { list: names, more, count: ids.length }) : names;
}

async function create(w: Wizard, draft: Draft): Promise<void> {
  const created = await w.conversation.external(() =>
    attempt(() =>
      createCampaign(w.deps.domain, w.actor, {
        title: draft.title,
        period: draft.period,
        indicatorIds: draft.indicators.map((i) => i.id),
        opensAt: draft.opensAt,
        deadline: draft.deadline,
        schoolIds: draft.schools,
      }),
    ),
  );
  if (!created.ok) return void (await w.ctx.reply(w.t(`error-${created.code}`, created.params)));
  const c = created.value;
  const opensNow = new Date(c.opensAt) <= w.now;
  // Quiet hours hold the notices back (the outbox's notBefore): say when they go, not that they go now.
  const held = new Date(c.noticesAt) > (opensNow ? w.now : new Date(c.opensAt));
  const key = `campaign-new-created-${opensNow ? "open" : "scheduled"}${held ? "-quiet" : ""}`;
  await w.ctx.reply(
    w.t(key, {
      title: escapeHtml(c.title),
      schools: c.schoolCount,
      opens: formatLocal(new Date(c.opensAt), c.timeZone),
      notices: formatLocal(new Date(c.noticesAt), c.timeZone),
    }),
    { parse_mode: "HTML" },
  );
  // The heads' notices are already in the outbox: the methodologist does not wait for them to be sent.
  if (opensNow && !held) await w.conversation.external(() => w.deps.wake());
}
