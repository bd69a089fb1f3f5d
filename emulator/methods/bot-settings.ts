import { badRequest } from "../api-error.js";
import { parseCommands, parseScope } from "../command-store.js";
import { isRecord } from "../request-params.js";
import { targetChat, type MethodTable } from "./method.js";

const MENU_BUTTON_TYPES = new Set(["commands", "web_app", "default"]);

export const botSettingsMethods: MethodTable = {
  getMe(api) {
    return api.me;
  },

  setMyCommands(api, params) {
    const commands = parseCommands(params.json("commands"));
    api.commands.set(parseScope(params.json("scope")), params.string("language_code"), commands);
    return true;
  },

  getMyCommands(api, params) {
    return api.commands.get(parseScope(params.json("scope")), params.string("language_code"));
  },

  deleteMyCommands(api, params) {
    api.commands.delete(parseScope(params.json("scope")), params.string("language_code"));
    return true;
  },

  /** Accepted and checked; no client here shows a menu button. */
  setChatMenuButton(api, params) {
    if (params.has("chat_id")) targetChat(api, params);
    const button = params.json("menu_button");
    if (button !== undefined && (!isRecord(button) || typeof button.type !== "string" || !MENU_BUTTON_TYPES.has(button.type))) {
      throw badRequest("can't parse menu button JSON object");
    }
    return true;
  },
};
