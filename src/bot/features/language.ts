import { Composer, InlineKeyboard } from "grammy";
import { setLanguage } from "../../domain/people/set-language.js";
import { setPersonCommands } from "../commands.js";
import type { BotContext } from "../context.js";
import { LANGUAGES, type Language } from "../i18n.js";
import type { BotFeature } from "./feature.js";
import { ALL_ROLES } from "./roles.js";

const composer = new Composer<BotContext>();

composer.command("lang", async (ctx) => {
  const keyboard = new InlineKeyboard();
  for (const language of LANGUAGES) keyboard.text(ctx.t(`language-name-${language}`), `lang:${language}`);
  await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
});

composer.callbackQuery(/^lang:(ru|en)$/, async (ctx) => {
  const actor = ctx.actor!;
  const language = ctx.match[1] as Language;
  await setLanguage(ctx.deps.domain, actor, language);
  ctx.actor = { ...actor, language };
  await ctx.i18n.renegotiateLocale();
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("language-changed"));
  await setPersonCommands(ctx, actor.role);
});

export const languageFeature: BotFeature = {
  name: "language",
  composer,
  commands: [{ command: "lang", roles: ALL_ROLES, order: 95 }],
};
