// The feature's screens outside conversations: a recipient's history and one announcement read again (with
// its attachments); a sender's history with figures and the live card; «Ознакомлен».
import { InlineKeyboard, InputFile } from "grammy";
import { acknowledgeAnnouncement } from "../../../domain/announcements/acknowledge-announcement.js";
import { getAnnouncementCard, type AnnouncementCard } from "../../../domain/announcements/get-announcement-card.js";
import { getReceivedAnnouncement } from "../../../domain/announcements/get-received-announcement.js";
import { listReceivedAnnouncements, listSentAnnouncements } from "../../../domain/announcements/list-announcements.js";
import { exportAcknowledgments } from "../../../domain/announcements/export-acknowledgments.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import type { BotContext } from "../../context.js";
import { escapeHtml } from "../../render/escape-html.js";
import { truncate } from "../../render/truncate.js";
import { annCallback, type AnnAction } from "./announcement-callback.js";
import { ackKeyboard, renderAnnouncement } from "./announcement-message.js";

const pager = (keyboard: InlineKeyboard, action: AnnAction, page: number, pageCount: number, ...before: number[]) => {
  if (pageCount <= 1) return;
  keyboard.row();
  if (page > 0) keyboard.text("◀︎", annCallback(action, ...before, page - 1));
  keyboard.text(`${page + 1} / ${pageCount}`, annCallback(action, ...before, page));
  if (page < pageCount - 1) keyboard.text("▶︎", annCallback(action, ...before, page + 1));
};

export async function showInbox(ctx: BotContext, page = 0): Promise<void> {
  const history = await listReceivedAnnouncements(ctx.deps.domain, ctx.actor!, { page });
  if (history.items.length === 0) return void (await ctx.reply(ctx.t("announcement-inbox-empty")));
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("announcement-inbox-title"), ""];
  history.items.forEach((a, i) => {
    const mark = a.askAck ? (a.acknowledged ? "✅" : "❗️") : "📢";
    lines.push(`${mark} ${formatLocal(new Date(a.sendAt), history.timeZone)} — ${escapeHtml(a.excerpt)}`);
    keyboard.text(`${mark} ${truncate(a.excerpt, 40)}`, annCallback("show", a.id)).row();
    if (i === history.items.length - 1 && history.items.some((x) => x.askAck && !x.acknowledged)) lines.push("", ctx.t("announcement-inbox-legend"));
  });
  pager(keyboard, "inbox", history.page, history.pageCount);
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
}

export async function showReceived(ctx: BotContext, announcementId: number): Promise<void> {
  const a = await getReceivedAnnouncement(ctx.deps.domain, ctx.actor!, { announcementId });
  const copy = renderAnnouncement(a.message, ctx.t);
  const markup = copy.reply_markup && a.isRecipient ? { reply_markup: copy.reply_markup } : {};
  await ctx.reply(copy.text, { entities: copy.entities, ...markup });
  for (const file of a.attachments) {
    if (file.kind === "photo") await ctx.replyWithPhoto(file.fileId);
    else await ctx.replyWithDocument(file.fileId);
  }
}

export async function showSent(ctx: BotContext, page = 0): Promise<void> {
  const history = await listSentAnnouncements(ctx.deps.domain, ctx.actor!, { page });
  const keyboard = new InlineKeyboard().text(ctx.t("announcement-new-button"), annCallback("new")).row();
  const lines = [ctx.t("announcement-sent-title"), ""];
  if (history.items.length === 0) lines.push(ctx.t("announcement-sent-empty"));
  for (const a of history.items) {
    const f = a.figures;
    const figures = a.recalled ? ctx.t("announcement-recalled-mark") : ctx.t("announcement-sent-figures", { delivered: f.delivered, recipients: f.recipients, acknowledged: a.askAck ? f.acknowledged : "—" });
    lines.push(`• ${formatLocal(new Date(a.sendAt), history.timeZone)} — ${escapeHtml(a.excerpt)}\n   ${figures}`);
    keyboard.text(truncate(a.excerpt, 40), annCallback("card", a.id, 0)).row();
  }
  pager(keyboard, "sent", history.page, history.pageCount);
  keyboard.row().text(ctx.t("announcement-inbox-button"), annCallback("inbox", 0));
  await ctx.reply(lines.join("\n"), { parse_mode: "HTML", reply_markup: keyboard });
}

export async function showCard(ctx: BotContext, announcementId: number, page: number): Promise<void> {
  const card = await getAnnouncementCard(ctx.deps.domain, ctx.actor!, { announcementId, page });
  await ctx.reply(cardText(ctx, card), { parse_mode: "HTML", reply_markup: cardKeyboard(ctx, card) });
}

function cardText(ctx: BotContext, c: AnnouncementCard): string {
  const f = c.figures;
  const at = (iso: string) => formatLocal(new Date(iso), c.timeZone);
  const lines = [
    ctx.t("announcement-card-title", { excerpt: escapeHtml(c.excerpt) }),
    ctx.t(c.sent ? "announcement-card-sent" : "announcement-card-scheduled", { at: at(c.sendAt), author: escapeHtml(c.author), attachments: c.attachments }),
  ];
  if (c.recalledAt) lines.push(ctx.t("announcement-card-recalled", { at: at(c.recalledAt) }));
  if (c.editedAt) lines.push(ctx.t("announcement-edited", { at: at(c.editedAt) }));
  lines.push("", ctx.t("announcement-card-figures", { recipients: f.recipients, queued: f.queued, delivered: f.delivered, failed: f.failed, blocked: f.blocked }));
  if (c.askAck) {
    lines.push(ctx.t("announcement-card-acks", { acknowledged: f.acknowledged, recipients: f.recipients }) + (c.ackDeadline ? ` ${ctx.t("announcement-card-until", { deadline: at(c.ackDeadline) })}` : ""));
    if (c.missing.total > 0) {
      lines.push("", ctx.t("announcement-card-missing", { count: c.missing.total }));
      lines.push(...c.missing.names.map((n) => `• ${escapeHtml(truncate(n, 80))}`));
    }
  }
  if (c.blocked.total > 0) {
    lines.push("", ctx.t("announcement-card-blocked", { count: c.blocked.total }));
    lines.push(...c.blocked.names.map((n) => `• ${escapeHtml(truncate(n, 80))}`));
  }
  return lines.join("\n");
}

function cardKeyboard(ctx: BotContext, c: AnnouncementCard): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(ctx.t("announcement-refresh"), annCallback("card", c.id, c.missing.page));
  if (c.askAck) keyboard.text(ctx.t("announcement-xlsx"), annCallback("xlsx", c.id));
  if (c.isSender && !c.recalledAt) {
    if (c.askAck && c.sent && c.missing.total > 0) keyboard.row().text(ctx.t("announcement-remind-button"), annCallback("remind", c.id));
    keyboard.row().text(ctx.t("announcement-edit-button"), annCallback("edit", c.id)).text(ctx.t("announcement-recall-button"), annCallback("recall-ask", c.id));
  }
  pager(keyboard, "card", c.missing.page, c.missing.pageCount, c.id);
  return keyboard;
}

export async function sendXlsx(ctx: BotContext, announcementId: number): Promise<void> {
  const file = await exportAcknowledgments(ctx.deps.domain, ctx.actor!, { announcementId });
  await ctx.replyWithDocument(new InputFile(file.content, file.filename), { caption: ctx.t("announcement-xlsx-caption") });
}

/** «Ознакомлен»: recorded once; the button turns into «✅ Ознакомлен» (already so on a second press). */
export async function acknowledge(ctx: BotContext, announcementId: number): Promise<void> {
  const ack = await acknowledgeAnnouncement(ctx.deps.domain, ctx.actor!, { announcementId });
  const at = formatLocal(new Date(ack.acknowledgedAt), ack.timeZone);
  await ctx.answerCallbackQuery({ text: ctx.t(ack.first ? "announcement-acked" : "announcement-acked-before", { at }) });
  const shown = ctx.callbackQuery?.message?.reply_markup?.inline_keyboard?.[0]?.[0]?.text;
  const done = ctx.t("announcement-acked-button");
  if (shown !== done) await ctx.editMessageReplyMarkup({ reply_markup: ackKeyboard(ctx.t, announcementId, true) }).catch(() => undefined);
}
