import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";

export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));
export const LANGUAGES = ["ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export type TranslationParams = Record<string, string | number>;
/** A translator bound to one language: conversations and jobs use it where there is no `ctx.t`. */
export type Translate = (key: string, params?: TranslationParams) => string;

export function createI18n<C extends Context>(negotiate: (ctx: C) => Language | undefined): I18n<C> {
  return new I18n<C>({
    defaultLocale: "ru",
    directory: LOCALES_DIR,
    useSession: false,
    // Isolation marks (U+2068/U+2069) around placeables show up as junk in some Telegram clients.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => negotiate(ctx) ?? "ru",
  });
}

export function translator(i18n: I18n<never> | I18n<Context>, language: Language): Translate {
  return (key, params) => i18n.t(language, key, params);
}
