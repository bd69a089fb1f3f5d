import { InlineKeyboard } from "grammy";
import type { Translate } from "../i18n.js";
import { encodeCallback } from "./callback-data.js";

/** The button that opens a school's form; the domain checks the school again when it is pressed. */
export function openFormKeyboard(t: Translate, campaignId: number, schoolId: number, label = "form-open-button"): InlineKeyboard {
  return new InlineKeyboard().text(t(label), encodeCallback("form", campaignId, schoolId));
}
