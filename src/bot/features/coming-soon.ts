// Main-menu places for capabilities not built yet, marked «скоро». When a feature lands with an entry under the
// same label for a role, the menu shows that one instead (build-main-menu.ts), so this list need not change.
// The orders are the menu's slots: 5 status, 10 the role's main screen, 20 new campaign, 30 tasks, 40 courses,
// 50 announcements, 60 reports, 70 people, 100 help.
import type { BotContext } from "../context.js";
import type { BotFeature, MenuEntry } from "./feature.js";

const answerSoon = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("menu-soon") });
const soon = (label: string, roles: MenuEntry["roles"], order: number): MenuEntry => ({ label, roles, order, soon: true, run: answerSoon });

export const comingSoonFeature: BotFeature = {
  name: "coming-soon",
  menu: [
    soon("menu-status", ["OFFICIAL"], 5),
    soon("menu-courses", ["HEAD"], 40),
    soon("menu-courses-catalogue", ["METHODOLOGIST"], 40),
    soon("menu-reports", ["OFFICIAL"], 60),
    soon("menu-people", ["ADMIN"], 70),
  ],
};
