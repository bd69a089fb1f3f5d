// A methodologist (or an official) composes an announcement: the text as typed (its bold, links … kept from
// the message's entities), attachments (documents or photos, several), the audience, «Ознакомлен» and by
// when, now or at a local time; then the preview — exactly what recipients will see, with how many it reaches
// and how many it cannot — and nothing goes out before «Отправить».
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { trimWithEntities, MAX_ANNOUNCEMENT_TEXT, MAX_ATTACHMENTS, type AnnouncementInput, type Audience, type MessageEntity } from "../../../domain/announcements/announcement-input.js";
import type { AnnouncementAttachment } from "../../../domain/announcements/announcement-notices.js";
import { sendAnnouncement } from "../../../domain/announcements/send-announcement.js";
import { findMunicipality } from "../../../domain/municipalities/find-municipality.js";
import { formatLocal, parseLocalDate } from "../../../domain/time/zoned-time.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import type { Language, Translate } from "../../i18n.js";
import { annCallback } from "./announcement-callback.js";
import { C, composeAsk, type Ask } from "./compose-ask.js";
import { pickAudience } from "./compose-audience.js";
import { showPreview } from "./compose-preview.js";

export const COMPOSE_CONVERSATION = "announcement-compose";
type ComposeConversation = Conversation<BotContext, Context>;

export interface ComposeWizard {
  conversation: ComposeConversation;
  ctx: Context;
  t: Translate;
  deps: BotDeps;
  actor: Actor;
  ask: Ask;
  timeZone: string;
  now: Date;
}

export function createComposeConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function compose(conversation: ComposeConversation, ctx: Context, actor: Actor): Promise<void> {
    const t = translate(actor.language);
    const setup = await conversation.external(() => attempt(async () => ({ timeZone: (await findMunicipality(deps.domain, actor, actor.municipalityId)).timeZone, now: deps.domain.now().getTime() })));
    if (!setup.ok) return void (await ctx.reply(t(`error-${setup.code}`, setup.params)));
    const w: ComposeWizard = { conversation, ctx, t, deps, actor, ask: composeAsk(conversation, ctx, t, "announcement-compose-cancelled"), timeZone: setup.value.timeZone, now: new Date(setup.value.now) };

    const message = await askText(w, "announcement-compose-text");
    const attachments = await askAttachments(w);
    const audience = await pickAudience(w);
    const ack = await askAck(w);
    const sendAt = await askWhen(w);
    const draft: AnnouncementInput = { ...message, attachments, audience, ...ack, sendAt: sendAt?.toISOString() ?? null };
    if (await showPreview(w, draft)) await send(w, draft);
  };
}

/** The text exactly as typed: its entities kept, its blank edges trimmed. Re-asked when empty or too long. */
export async function askText(w: Pick<ComposeWizard, "ask" | "t">, prompt: string): Promise<{ text: string; entities: MessageEntity[] }> {
  let hint = "";
  for (;;) {
    const reply = await w.ask(hint + w.t(prompt));
    if (reply.text !== undefined && reply.text.trim() !== "") {
      const typed = trimWithEntities(reply.text, (reply.entities ?? []) as MessageEntity[]);
      if (typed.text.length <= MAX_ANNOUNCEMENT_TEXT) return typed;
      hint = w.t("announcement-text-too-long", { max: MAX_ANNOUNCEMENT_TEXT, length: typed.text.length }) + "\n\n";
    } else hint = w.t("announcement-text-expected") + "\n\n";
  }
}

async function askAttachments(w: ComposeWizard): Promise<AnnouncementAttachment[]> {
  const files: AnnouncementAttachment[] = [];
  let hint = "";
  for (;;) {
    const keyboard = new InlineKeyboard().text(w.t(files.length ? "announcement-files-done" : "announcement-files-none", { count: files.length }), `${C}files`);
    const listed = files.map((f, i) => `${i + 1}. ${f.kind === "photo" ? "🖼" : "📎"} ${f.fileName ?? w.t("announcement-photo")}`).join("\n");
    const reply = await w.ask(hint + w.t("announcement-compose-files", { max: MAX_ATTACHMENTS }) + (listed ? `\n\n${listed}` : ""), keyboard);
    hint = "";
    if (reply.data === `${C}files`) return files;
    if (reply.file && files.length < MAX_ATTACHMENTS) files.push(reply.file);
    else if (reply.file) hint = w.t("announcement-files-too-many", { max: MAX_ATTACHMENTS }) + "\n\n";
    else hint = w.t("announcement-files-expected") + "\n\n";
  }
}

async function askAck(w: ComposeWizard): Promise<{ askAck: boolean; ackDeadline: string | null }> {
  const keyboard = new InlineKeyboard().text(w.t("announcement-ack-yes"), `${C}ack:yes`).text(w.t("announcement-ack-no"), `${C}ack:no`);
  let reply = await w.ask(w.t("announcement-compose-ack"), keyboard);
  while (reply.data !== `${C}ack:yes` && reply.data !== `${C}ack:no`) reply = await w.ask(w.t("announcement-compose-ack"), keyboard);
  if (reply.data === `${C}ack:no`) return { askAck: false, ackDeadline: null };
  let hint = "";
  for (;;) {
    const due = await w.ask(hint + w.t("announcement-compose-deadline", { zone: w.timeZone }), new InlineKeyboard().text(w.t("announcement-no-deadline"), `${C}nodue`));
    if (due.data === `${C}nodue`) return { askAck: true, ackDeadline: null };
    const parsed = due.text ? parseLocalDate(due.text, w.timeZone, w.now, { hour: 23, minute: 59 }) : undefined;
    if (parsed && parsed > w.now) return { askAck: true, ackDeadline: parsed.toISOString() };
    hint = w.t(parsed ? "announcement-date-past" : "announcement-date-invalid") + "\n\n";
  }
}

/** undefined: now. */
async function askWhen(w: ComposeWizard): Promise<Date | undefined> {
  let hint = "";
  for (;;) {
    const reply = await w.ask(hint + w.t("announcement-compose-when", { zone: w.timeZone }), new InlineKeyboard().text(w.t("announcement-now"), `${C}now`));
    if (reply.data === `${C}now`) return undefined;
    const parsed = reply.text ? parseLocalDate(reply.text, w.timeZone, w.now, { hour: 9, minute: 0 }) : undefined;
    if (parsed && parsed > w.now) return parsed;
    hint = w.t(parsed ? "announcement-date-past" : "announcement-date-invalid") + "\n\n";
  }
}

async function send(w: ComposeWizard, draft: AnnouncementInput): Promise<void> {
  const sent = await w.conversation.external(() => attempt(() => sendAnnouncement(w.deps.domain, w.actor, draft)));
  if (!sent.ok) return void (await w.ctx.reply(w.t(`error-${sent.code}`, sent.params)));
  await w.conversation.external(() => w.deps.wake());
  const s = sent.value;
  await w.ctx.reply(w.t(s.immediate ? "announcement-sent-now" : "announcement-sent-later", { count: s.recipients, at: formatLocal(new Date(s.sendAt), s.timeZone) }), {
    reply_markup: new InlineKeyboard().text(w.t("announcement-card-button"), annCallback("card", s.announcementId, 0)),
  });
}

export type { Audience };
