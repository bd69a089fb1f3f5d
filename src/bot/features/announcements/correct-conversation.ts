// «✏️ Исправить»: the sender types the whole corrected text (formatting kept as typed), sees the copy as it
// will look, and confirms; every delivered copy is then edited through the outbox at Telegram's pace.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { correctAnnouncement } from "../../../domain/announcements/correct-announcement.js";
import { getReceivedAnnouncement } from "../../../domain/announcements/get-received-announcement.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { annCallback } from "./announcement-callback.js";
import { renderAnnouncement } from "./announcement-message.js";
import { C, composeAsk } from "./compose-ask.js";
import { askText } from "./compose-conversation.js";

export const CORRECT_CONVERSATION = "announcement-correct";

export interface CorrectArgs {
  actor: Actor;
  announcementId: number;
}

export function createCorrectConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function correct(conversation: Conversation<BotContext, Context>, ctx: Context, { actor, announcementId }: CorrectArgs): Promise<void> {
    const t = translate(actor.language);
    const current = await conversation.external(() => attempt(() => getReceivedAnnouncement(deps.domain, actor, { announcementId })));
    if (!current.ok) return void (await ctx.reply(t(`error-${current.code}`, current.params)));
    const ask = composeAsk(conversation, ctx, t, "announcement-correct-cancelled");
    const typed = await askText({ ask, t }, "announcement-correct-text");
    const now = await conversation.external(() => deps.domain.now().toISOString());
    const copy = renderAnnouncement({ ...current.value.message, ...typed, editedAt: now, acknowledged: false }, t);
    await ctx.reply(t("announcement-correct-preview"));
    await ctx.reply(copy.text, { entities: copy.entities });
    let reply = await ask(t("announcement-correct-confirm"), new InlineKeyboard().text(t("announcement-correct-apply"), `${C}apply`));
    while (reply.data !== `${C}apply`) reply = await ask(t("announcement-correct-confirm"), new InlineKeyboard().text(t("announcement-correct-apply"), `${C}apply`));
    const done = await conversation.external(() => attempt(() => correctAnnouncement(deps.domain, actor, { announcementId, ...typed })));
    if (!done.ok) return void (await ctx.reply(t(`error-${done.code}`, done.params)));
    await conversation.external(() => deps.wake());
    await ctx.reply(t("announcement-corrected", { edits: done.value.edits, waiting: done.value.rewritten }), {
      reply_markup: new InlineKeyboard().text(t("announcement-card-button"), annCallback("card", announcementId, 0)),
    });
  };
}
