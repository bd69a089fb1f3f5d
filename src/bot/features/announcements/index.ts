// Announcements (объявления): methodologists and officials compose and broadcast, recipients press
// «Ознакомлен», the sender follows the live card (remind, Excel, correct, recall); everyone re-reads their
// history. Every press is checked again by the domain.
import { Composer, InlineKeyboard } from "grammy";
import { requireRole } from "../../../domain/actor.js";
import { SENDER_ROLES } from "../../../domain/announcements/announcement-access.js";
import { recallAnnouncement } from "../../../domain/announcements/recall-announcement.js";
import { remindUnacknowledged } from "../../../domain/announcements/remind-unacknowledged.js";
import type { BotContext } from "../../context.js";
import type { BotFeature } from "../feature.js";
import { annCallback, decodeAnnCallback, type AnnAction } from "./announcement-callback.js";
import { COMPOSE_CONVERSATION, createComposeConversation } from "./compose-conversation.js";
import { CORRECT_CONVERSATION, createCorrectConversation, type CorrectArgs } from "./correct-conversation.js";
import { acknowledge, sendXlsx, showCard, showInbox, showReceived, showSent } from "./show-announcements.js";

const RECEIVERS = ["HEAD", "METHODOLOGIST", "OFFICIAL"] as const;

export async function startCompose(ctx: BotContext): Promise<void> {
  requireRole(ctx.actor!, ...SENDER_ROLES);
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(COMPOSE_CONVERSATION, ctx.actor);
}

async function startCorrect(ctx: BotContext, announcementId: number): Promise<void> {
  requireRole(ctx.actor!, ...SENDER_ROLES);
  await ctx.conversation.exitAll();
  const args: CorrectArgs = { actor: ctx.actor!, announcementId };
  await ctx.conversation.enter(CORRECT_CONVERSATION, args);
}

async function askRecall(ctx: BotContext, announcementId: number): Promise<void> {
  requireRole(ctx.actor!, ...SENDER_ROLES);
  await ctx.reply(ctx.t("announcement-recall-confirm"), {
    reply_markup: new InlineKeyboard().text(ctx.t("announcement-recall-yes"), annCallback("recall", announcementId)).text(ctx.t("announcement-recall-no"), annCallback("card", announcementId, 0)),
  });
}

async function recall(ctx: BotContext, announcementId: number): Promise<void> {
  const r = await recallAnnouncement(ctx.deps.domain, ctx.actor!, { announcementId });
  ctx.deps.wake();
  await ctx.reply(ctx.t("announcement-recalled", { deleting: r.deleting, cancelled: r.cancelled, tooOld: r.tooOld }), {
    reply_markup: new InlineKeyboard().text(ctx.t("announcement-card-button"), annCallback("card", announcementId, 0)),
  });
}

async function remind(ctx: BotContext, announcementId: number): Promise<void> {
  const r = await remindUnacknowledged(ctx.deps.domain, ctx.actor!, { announcementId });
  ctx.deps.wake();
  await ctx.reply(ctx.t(r.reminded > 0 ? "announcement-reminded" : "announcement-reminded-none", { count: r.reminded, owing: r.owing }));
}

/** The staff's menu entry and /announcements: their broadcasts; a head's: what they received. */
export const showAnnouncements = (ctx: BotContext) => ((SENDER_ROLES as readonly string[]).includes(ctx.actor!.role) ? showSent(ctx) : showInbox(ctx));

const actions: Record<AnnAction, (ctx: BotContext, ids: number[]) => Promise<void>> = {
  ack: (ctx, [id]) => acknowledge(ctx, id!),
  show: (ctx, [id]) => showReceived(ctx, id!),
  inbox: (ctx, [page]) => showInbox(ctx, page),
  sent: (ctx, [page]) => showSent(ctx, page),
  new: (ctx) => startCompose(ctx),
  card: (ctx, [id, page]) => showCard(ctx, id!, page!),
  remind: (ctx, [id]) => remind(ctx, id!),
  xlsx: (ctx, [id]) => sendXlsx(ctx, id!),
  edit: (ctx, [id]) => startCorrect(ctx, id!),
  "recall-ask": (ctx, [id]) => askRecall(ctx, id!),
  recall: (ctx, [id]) => recall(ctx, id!),
};

const composer = new Composer<BotContext>();
composer.command("announce", startCompose);
composer.command("announcements", showAnnouncements);
composer.callbackQuery(/^announcement:/, async (ctx) => {
  const decoded = decodeAnnCallback(ctx.callbackQuery.data);
  if (!decoded) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  // The domain checks access before anything is answered, so a forged id gets the refusal as the alert.
  await actions[decoded.action](ctx, decoded.ids);
  // «Ознакомлен» answers with its own confirmation; a query is answered once.
  if (decoded.action !== "ack") await ctx.answerCallbackQuery().catch(() => undefined);
});

export const announcementsFeature: BotFeature = {
  name: "announcements",
  composer,
  menu: [
    { label: "menu-announcements", roles: ["HEAD"], order: 50, run: showInbox },
    { label: "menu-broadcast", roles: SENDER_ROLES, order: 50, run: showSent },
  ],
  commands: [
    { command: "announce", roles: SENDER_ROLES, order: 50 },
    { command: "announcements", roles: RECEIVERS, order: 51 },
  ],
  conversations: [
    { id: COMPOSE_CONVERSATION, build: createComposeConversation },
    { id: CORRECT_CONVERSATION, build: createCorrectConversation },
  ],
};
