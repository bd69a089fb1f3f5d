// The main menu (one @grammyjs/menu, id "main") composed from every feature's entries, per role, in order.
import { Menu } from "@grammyjs/menu";
import type { Role } from "../../../generated/prisma/enums.js";
import type { BotContext } from "../../context.js";
import type { MenuEntry } from "../feature.js";

export const MAIN_MENU_ID = "main";

/** The role's entries in order; a «скоро» placeholder gives way to a real entry with the same label. */
export function menuEntriesFor(role: Role, entries: readonly MenuEntry[]): MenuEntry[] {
  const mine = entries.filter((e) => e.roles.includes(role));
  const built = new Set(mine.filter((e) => !e.soon).map((e) => e.label));
  return mine.filter((e) => !e.soon || !built.has(e.label)).sort((a, b) => a.order - b.order);
}

export function buildMainMenu(entries: readonly MenuEntry[]): Menu<BotContext> {
  const byRole = new Map<Role, MenuEntry[]>();
  const forRole = (role: Role) => byRole.get(role) ?? byRole.set(role, menuEntriesFor(role, entries)).get(role)!;
  return new Menu<BotContext>(MAIN_MENU_ID, {
    // Each entry answers its own press (some with a text); the plugin's automatic answer would be a second
    // answerCallbackQuery, which Telegram refuses with 400 "query is too old".
    autoAnswer: false,
    onMenuOutdated: async (ctx) => {
      // A stranger has no menu at all, so every press of theirs (copied or forged data) lands here.
      if (!ctx.actor) return void (await ctx.answerCallbackQuery({ text: ctx.t("stranger-refusal-short"), show_alert: true }));
      await ctx.answerCallbackQuery({ text: ctx.t("menu-outdated") });
      await ctx.menu.update();
    },
  }).dynamic((ctx, range) => {
    if (!ctx.actor) return;
    forRole(ctx.actor.role).forEach((entry, index) => {
      range.text(
        (c) => c.t(entry.label) + (entry.soon ? ` · ${c.t("menu-soon-mark")}` : ""),
        async (c) => {
          if (!entry.soon) await c.answerCallbackQuery();
          await entry.run(c);
        },
      );
      if (index % 2 === 1) range.row();
    });
  });
}
