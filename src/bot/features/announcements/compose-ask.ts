// The announcement wizards' prompts: the person's message as Telegram delivered it (text with its entities, a
// document, a photo) or a press on the prompt; the school picker (paged-picker.ts) speaks its own callback
// prefix, accepted here too. The asking itself is the shared askWithCancel.
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Message, MessageEntity } from "grammy/types";
import type { BotContext } from "../../context.js";
import { askWithCancel, type AskFn } from "../../conversations/ask-with-cancel.js";
import type { Translate } from "../../i18n.js";

export const C = "announcement-compose:";
const PICKER = "campaign-new:";

export interface Reply {
  text?: string;
  entities?: MessageEntity[];
  data?: string;
  file?: { kind: "document" | "photo"; fileId: string; fileName?: string };
}

export type Ask = AskFn<Reply>;

export function composeAsk(conversation: Conversation<BotContext, Context>, ctx: Context, t: Translate, cancelled: string): Ask {
  return askWithCancel<Reply>(conversation, ctx, t, { prefix: C, alsoOwn: [PICKER], cancelLabel: "announcement-cancel", cancelled, read: readMessage });
}

function readMessage(message: Message): Reply {
  if (message.text !== undefined) return { text: message.text, entities: message.entities ?? [] };
  if (message.document) return { file: { kind: "document", fileId: message.document.file_id, fileName: message.document.file_name } };
  // The largest size Telegram made of the picture.
  const photo = message.photo?.at(-1);
  if (photo) return { file: { kind: "photo", fileId: photo.file_id } };
  return { text: "" };
}
