// The campaign's school lists, a page at a time: the per-school table, the non-submitters and the reopen
// chooser. Each is one message whatever the municipality's size; the search (part of a name) and the page
// travel in the buttons' data. Search and filters appear once a list has more than one page.
import { countCampaignIndicators } from "../../../domain/campaigns/count-campaign-indicators.js";
import { InlineKeyboard } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { requireRole, type Actor } from "../../../domain/actor.js";
import type { DomainDeps } from "../../../domain/deps.js";
import { listCampaignSchools, type CampaignSchoolPage } from "../../../domain/campaigns/list-campaign-schools.js";
import { findRecordsDifferences } from "../../../domain/courses/records-differences.js";
import { isRecordsFed } from "../../../domain/courses/records-fed-indicators.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { campaignData, type SchoolScreen } from "./campaign-callbacks.js";
import { inRows, nonEmpty, pagerRow, type Screen } from "./screen.js";

export const REOPEN_DAYS = 3;
const MISSING_PAGE = 20;
const REOPEN_PAGE = 16;
/** A message holds 4,096 characters; the table keeps well under it whatever the number of indicators. */
const TABLE_BUDGET = 3400;
const NAME_MAX = 80;

/** How many schools a table page shows and how long a value may be, for this many indicators. */
export function tableLayout(indicatorCount: number): { pageSize: number; valueMax: number } {
  const perSchool = 40 + Math.max(1, indicatorCount) * 46;
  const pageSize = Math.max(1, Math.min(10, Math.floor(TABLE_BUDGET / perSchool)));
  const valueMax = Math.max(8, Math.min(40, Math.floor((TABLE_BUDGET / pageSize - 40) / Math.max(1, indicatorCount)) - 6));
  return { pageSize, valueMax };
}

export interface SchoolScreenRequest {
  screen: SchoolScreen;
  campaignId: number;
  page: number;
  search: string;
}

export async function schoolScreen(deps: DomainDeps, actor: Actor, t: Translate, request: SchoolScreenRequest): Promise<Screen> {
  const { screen, campaignId, page, search } = request;
  // Officials see the school lists too; only those who may reopen get the chooser, even from a forged button.
  if (screen === "reopen" || screen === "reopen-missing") requireRole(actor, "METHODOLOGIST", "ADMIN");
  else requireRole(actor, "METHODOLOGIST", "OFFICIAL", "ADMIN");
  const filter = screen === "schools" || screen === "reopen" ? "all" : "missing";
  const indicatorCount = screen === "schools" ? (await countCampaignIndicators(deps, actor, campaignId)) : 0;
  const pageSize = screen === "schools" ? tableLayout(indicatorCount).pageSize : screen === "missing" ? MISSING_PAGE : REOPEN_PAGE;
  const list = await listCampaignSchools(deps, actor, { campaignId, page, pageSize, search, filter });
  const differ = screen === "schools" ? await recordsFigures(deps, actor, list) : undefined;
  const body = screen === "schools" ? tableBody(t, list, differ) : screen === "missing" ? missingBody(t, list) : reopenBody(t, list);
  const paged = list.pageCount > 1 || search !== "" || screen === "reopen-missing";
  const buttons = screen === "reopen" || screen === "reopen-missing" ? reopenButtons(list) : [];
  return {
    text: [body.head, paged ? pageLine(t, list) : "", ...body.lines].filter((l) => l !== "").join(screen === "schools" ? "\n\n" : "\n"),
    buttons: nonEmpty([
      ...buttons,
      pagerRow(t, list.page, list.pageCount, (p) => campaignData.page(screen, campaignId, p, search)),
      ...(paged ? searchRows(t, screen, list) : []),
    ]),
  };
}

/** Records-fed answers on this page that differ from the course records: shown with both figures. */
async function recordsFigures(deps: DomainDeps, actor: Actor, list: CampaignSchoolPage) {
  if (!list.indicators.some((i) => isRecordsFed(i.code)) || list.schools.length === 0) return undefined;
  const found = await findRecordsDifferences(deps, actor, { campaignId: list.campaign.id, schoolIds: list.schools.map((s) => s.schoolId) });
  return found.bySchool;
}

function pageLine(t: Translate, list: CampaignSchoolPage): string {
  const found = list.search ? t("campaign-search-found", { search: escapeHtml(list.search), count: list.matching }) : "";
  const page = t("campaign-page-line", { page: list.page + 1, pages: list.pageCount, count: list.matching });
  return found ? `${found}\n${page}` : page;
}

function searchRows(t: Translate, screen: SchoolScreen, list: CampaignSchoolPage): InlineKeyboardButton[][] {
  const id = list.campaign.id;
  const rows: InlineKeyboardButton[][] = [[InlineKeyboard.text(t("campaign-search-button"), campaignData.search(screen, id))]];
  if (list.search) rows[0]!.push(InlineKeyboard.text(t("campaign-search-reset"), campaignData.page(screen, id, 0)));
  if (screen === "reopen") rows.push([InlineKeyboard.text(t("reopen-filter-missing"), campaignData.page("reopen-missing", id, 0, list.search))]);
  if (screen === "reopen-missing") rows.push([InlineKeyboard.text(t("reopen-filter-all"), campaignData.page("reopen", id, 0, list.search))]);
  return rows;
}

function header(t: Translate, list: CampaignSchoolPage): string {
  return t("results-header", {
    title: escapeHtml(list.campaign.title),
    period: list.campaign.period,
    submitted: list.submittedCount,
    schools: list.schoolCount,
    deadline: formatLocal(new Date(list.campaign.deadline), list.campaign.timeZone),
  });
}

function tableBody(t: Translate, list: CampaignSchoolPage, differ?: Map<number, Map<number, number>>) {
  const { valueMax } = tableLayout(list.indicators.length);
  const lines = list.schools.map((school) => {
    const records = differ?.get(school.schoolId);
    const note = (i: number) => {
      const figure = records?.get(list.indicators[i]!.id);
      return figure === undefined ? "" : ` ${t("course-form-records-differ", { value: figure })}`;
    };
    const values = school.formatted.flatMap((value, i) => (value === null ? [] : [`  ${i + 1}. ${escapeHtml(truncate(value, valueMax))}${note(i)}`]));
    return [`<b>${escapeHtml(truncate(school.shortName, NAME_MAX))}</b> — ${t(`results-status-${school.status}`)}`, ...values].join("\n");
  });
  if (list.schools.length === 0) lines.push(t("campaign-search-none"));
  return { head: header(t, list), lines };
}

function missingBody(t: Translate, list: CampaignSchoolPage) {
  const title = escapeHtml(list.campaign.title);
  if (list.matching === 0 && !list.search) return { head: t("results-all-submitted", { title }), lines: [] };
  const lines = list.schools.map((s) => {
    const status =
      s.status === "draft" ? t("results-draft-progress", { answered: s.answered, total: list.indicators.length }) : t(`results-status-${s.status}`);
    return `• ${escapeHtml(truncate(s.shortName, NAME_MAX))} — ${status}`;
  });
  if (list.schools.length === 0) lines.push(t("campaign-search-none"));
  const missing = list.schoolCount - list.submittedCount;
  return { head: t("results-missing-title", { title, count: missing }), lines };
}

function reopenBody(t: Translate, list: CampaignSchoolPage) {
  const lines = list.schools.length === 0 ? [t("campaign-search-none")] : [];
  return { head: t("reopen-choose", { title: escapeHtml(list.campaign.title), days: REOPEN_DAYS }), lines };
}

function reopenButtons(list: CampaignSchoolPage): InlineKeyboardButton[][] {
  const buttons = list.schools.map((s) => InlineKeyboard.text(truncate(s.shortName, 30), campaignData.reopenSchool(list.campaign.id, s.schoolId)));
  return inRows(buttons, 2);
}
