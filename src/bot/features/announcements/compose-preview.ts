// The preview: the copy exactly as recipients will get it (the text with its entities, the «Ознакомлен»
// button shown but inert, the attachments), then the figures — how many it reaches, how many it cannot and
// why, when it goes — with «Отправить». Nothing is written before that press.
import { InlineKeyboard } from "grammy";
import type { AnnouncementInput, MessageEntity } from "../../../domain/announcements/announcement-input.js";
import { previewAnnouncement } from "../../../domain/announcements/preview-announcement.js";
import { formatLocal } from "../../../domain/time/zoned-time.js";
import { attempt } from "../../conversations/external-result.js";
import { renderAnnouncement } from "./announcement-message.js";
import { C } from "./compose-ask.js";
import type { ComposeWizard } from "./compose-conversation.js";

export async function showPreview(w: ComposeWizard, draft: AnnouncementInput): Promise<boolean> {
  const preview = await w.conversation.external(() => attempt(() => previewAnnouncement(w.deps.domain, w.actor, draft)));
  if (!preview.ok) {
    await w.ctx.reply(w.t(`error-${preview.code}`, preview.params));
    return false;
  }
  const p = preview.value;
  await w.ctx.reply(w.t("announcement-preview-title"));
  const copy = renderAnnouncement(
    {
      announcementId: 0,
      text: draft.text,
      entities: (draft.entities ?? []) as MessageEntity[],
      author: p.author,
      askAck: draft.askAck ?? false,
      ackDeadline: draft.ackDeadline ? new Date(String(draft.ackDeadline)).toISOString() : null,
      timeZone: p.timeZone,
      editedAt: null,
      acknowledged: false,
    },
    w.t,
  );
  const inert = copy.reply_markup ? new InlineKeyboard().text(w.t("announcement-ack-button"), `${C}inert`) : undefined;
  await w.ctx.reply(copy.text, { entities: copy.entities, ...(inert ? { reply_markup: inert } : {}) });
  for (const file of draft.attachments ?? []) {
    if (file.kind === "photo") await w.ctx.replyWithPhoto(file.fileId);
    else await w.ctx.replyWithDocument(file.fileId);
  }
  const lines = [
    w.t("announcement-preview-reach", { count: p.reachable, total: p.recipients }),
    ...(p.blocked ? [w.t("announcement-preview-blocked", { count: p.blocked })] : []),
    ...(p.notRegistered ? [w.t("announcement-preview-not-registered", { count: p.notRegistered })] : []),
    ...(p.schoolsWithoutHead ? [w.t("announcement-preview-no-head", { count: p.schoolsWithoutHead })] : []),
    w.t("announcement-preview-when", { at: formatLocal(new Date(p.sendAt), p.timeZone) }),
  ];
  if (p.recipients === 0) {
    await w.ctx.reply([...lines, "", w.t("error-announcement-no-recipients")].join("\n"));
    return false;
  }
  for (;;) {
    const reply = await w.ask(lines.join("\n"), new InlineKeyboard().text(w.t("announcement-send"), `${C}send`));
    if (reply.data === `${C}send`) return true;
  }
}
