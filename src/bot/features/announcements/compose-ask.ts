// The announcement wizards' one way to ask: a prompt with «Отмена», then the person's message as Telegram
// delivered it (text with its entities, a document, a photo) or a press on the prompt itself. Presses on older
// prompts get "outdated"; /cancel ends the wizard; another command or another screen's button leaves it and
// runs. The school picker (paged-picker.ts) speaks its own callback prefix, accepted here too.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { MessageEntity } from "grammy/types";
import type { BotContext } from "../../context.js";
import type { Translate } from "../../i18n.js";

export const C = "ann:c:";
const PICKER = "campaign-new:";

export interface Reply {
  text?: string;
  entities?: MessageEntity[];
  data?: string;
  file?: { kind: "document" | "photo"; fileId: string; fileName?: string };
}

export type Ask = (text: string, keyboard?: InlineKeyboard, options?: { edit?: boolean }) => Promise<Reply>;

export function composeAsk(conversation: Conversation<BotContext, Context>, ctx: Context, t: Translate, cancelled: string): Ask {
  let promptId = 0;
  const leave = async (next: boolean): Promise<never> => {
    await ctx.reply(t(cancelled));
    return next ? conversation.halt({ next: true }) : conversation.halt();
  };
  return async (text, keyboard, options = {}) => {
    const markup = (keyboard ?? new InlineKeyboard()).row().text(t("announcement-cancel"), `${C}cancel`);
    if (options.edit && promptId) await ctx.api.editMessageText(ctx.chat!.id, promptId, text, { parse_mode: "HTML", reply_markup: markup });
    else promptId = (await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup })).message_id;
    for (;;) {
      const next = await conversation.wait();
      const query = next.callbackQuery;
      if (query?.data !== undefined) {
        if (!query.data.startsWith(C) && !query.data.startsWith(PICKER)) return leave(true);
        if (query.message?.message_id !== promptId) {
          await next.answerCallbackQuery({ text: t("form-button-outdated") });
          continue;
        }
        await next.answerCallbackQuery();
        return query.data === `${C}cancel` ? leave(false) : { data: query.data };
      }
      const reply = readMessage(next);
      if (reply === "command") return leave(next.message?.text?.trim() !== "/cancel");
      if (reply) return reply;
    }
  };
}

function readMessage(next: Context): Reply | "command" | undefined {
  const message = next.message;
  if (!message) return undefined;
  if (message.text !== undefined) {
    if (message.text.trim().startsWith("/")) return "command";
    return { text: message.text, entities: message.entities ?? [] };
  }
  if (message.document) return { file: { kind: "document", fileId: message.document.file_id, fileName: message.document.file_name } };
  // The largest size Telegram made of the picture.
  const photo = message.photo?.at(-1);
  if (photo) return { file: { kind: "photo", fileId: photo.file_id } };
  return { text: "" };
}
