// The roadmap in the bot: the list of plans, one plan by sections with each item's state, an item's state by
// school (staff), and the XLSX export.
import { planCallback } from "./plan-callback.js";
import { findMunicipality } from "../../../domain/municipalities/find-municipality.js";
import { InlineKeyboard, InputFile } from "grammy";
import { exportPlan } from "../../../domain/plans/export-plan.js";
import { getPlanItemSchools } from "../../../domain/plans/get-plan-item-schools.js";
import { getPlanView, type PlanViewItem } from "../../../domain/plans/get-plan-view.js";
import { listPlans } from "../../../domain/plans/list-plans.js";
import { intoMessages } from "../../../domain/plans/preview-lines.js";
import { formatDay } from "../../../domain/plans/schedule/calendar-date.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";

const isStaff = (ctx: BotContext) => ctx.actor!.role !== "HEAD";
/** Buttons to item cards: Telegram allows 100 a message; a long plan lists the first ones. */
const MAX_ITEM_BUTTONS = 40;

export async function showPlans(ctx: BotContext): Promise<void> {
  const plans = await listPlans(ctx.deps.domain, ctx.actor!);
  if (plans.length === 0) return void (await ctx.reply(ctx.t(isStaff(ctx) ? "plans-none-staff" : "plans-none")));
  if (plans.length === 1) return showPlan(ctx, plans[0]!.id);
  const keyboard = new InlineKeyboard();
  for (const p of plans) keyboard.text(truncate(p.title, 60), planCallback("show", p.id)).row();
  await ctx.reply(ctx.t("plans-list-title"), { reply_markup: keyboard });
}

export async function showPlan(ctx: BotContext, planId: number): Promise<void> {
  const view = await getPlanView(ctx.deps.domain, ctx.actor!, { planId });
  const zone = await timeZoneOf(ctx);
  const lines = [ctx.t("plans-view-title", { title: escapeHtml(truncate(view.title, 300)), start: formatDay(view.start), end: formatDay(view.end) })];
  let section: string | null = null;
  for (const item of view.items) {
    if (item.section && item.section !== section) lines.push("", `<b>${escapeHtml(truncate(item.section, 200))}</b>`);
    section = item.section;
    lines.push(itemLine(ctx, item, zone));
  }
  const keyboard = new InlineKeyboard().text(ctx.t("plans-export"), planCallback("xlsx", view.id)).row();
  if (isStaff(ctx)) {
    for (const item of view.items.filter((i) => i.due).slice(0, MAX_ITEM_BUTTONS)) {
      keyboard.text(truncate(`${item.number ?? "•"} ${item.text}`, 40), planCallback("item", item.id)).row();
    }
  }
  const messages = intoMessages(lines);
  for (const [i, text] of messages.entries()) {
    await ctx.reply(text, { parse_mode: "HTML", ...(i === messages.length - 1 ? { reply_markup: keyboard } : {}) });
  }
}

function itemLine(ctx: BotContext, item: PlanViewItem, zone: string): string {
  const head = `${item.number ?? "•"} ${escapeHtml(truncate(item.text, 90))}`;
  const when = item.due ? formatDay(localDay(item.due, zone)) : escapeHtml(item.scheduleText.replace(/\n/g, " / ")) || "—";
  if (!isStaff(ctx)) return ctx.t(`plans-item-${item.mine}`, { item: head, when });
  const total = item.counts.open + item.counts.overdue + item.counts.done;
  if (total === 0) return ctx.t("plans-item-none", { item: head, when });
  return ctx.t("plans-item-staff", { item: head, when, done: item.counts.done, total, overdue: item.counts.overdue });
}

export async function showPlanItem(ctx: BotContext, itemId: number): Promise<void> {
  const card = await getPlanItemSchools(ctx.deps.domain, ctx.actor!, { itemId });
  const zone = await timeZoneOf(ctx);
  const lines = [
    `<b>${escapeHtml(`${card.number ?? "•"} ${truncate(card.text, 300)}`)}</b>`,
    card.due ? ctx.t("plans-item-due", { date: formatDay(localDay(card.due, zone)) }) : "",
    ...card.assignees.map((a) => ctx.t(`plans-assignee-${a.state}`, { name: escapeHtml(a.name) })),
  ].filter(Boolean);
  for (const text of intoMessages(lines)) await ctx.reply(text, { parse_mode: "HTML" });
}

export async function sendPlanXlsx(ctx: BotContext, planId: number): Promise<void> {
  const file = await exportPlan(ctx.deps.domain, ctx.actor!, { planId });
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("plans-export-caption") });
}

async function timeZoneOf(ctx: BotContext): Promise<string> {
  return (await findMunicipality(ctx.deps.domain, ctx.actor!, ctx.actor!.municipalityId)).timeZone;
}

/** The calendar day a deadline moment falls on in the municipality. */
function localDay(iso: string, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
  return parts;
}
