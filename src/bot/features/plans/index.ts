// The roadmap (дорожная карта): a methodologist sends the plan as .docx/XLSX/CSV and confirms the preview;
// everyone sees the plan with its state; staff see each item by school; the plan exports to XLSX.
import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { BotFeature } from "../feature.js";
import { decodePlanCallback } from "./plan-callback.js";
import { createPlanImportConversation, PLAN_IMPORT_CONVERSATION, type PlanImportArgs } from "./plan-import-conversation.js";
import { sendPlanXlsx, showPlan, showPlanItem, showPlans } from "./show-plan.js";

const composer = new Composer<BotContext>();
const PLAN_EDITORS = ["METHODOLOGIST", "ADMIN"] as const;
const PLAN_READERS = ["HEAD", "METHODOLOGIST", "OFFICIAL", "ADMIN"] as const;
const isEditor = (ctx: BotContext) => (PLAN_EDITORS as readonly string[]).includes(ctx.actor?.role ?? "");

composer.command("plan", showPlans);

// A document from a methodologist outside any form is a roadmap to import.
composer.on("message:document", async (ctx, next) => {
  if (!isEditor(ctx)) return next();
  const doc = ctx.message.document;
  const args: PlanImportArgs = { actor: ctx.actor!, fileId: doc.file_id, fileName: doc.file_name ?? "plan", fileSize: doc.file_size ?? 0 };
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(PLAN_IMPORT_CONVERSATION, args);
});

// A photo of a page cannot be read: say what to send instead.
composer.on("message:photo", async (ctx, next) => {
  if (!isEditor(ctx)) return next();
  await ctx.reply(ctx.t("error-plan-unsupported-format"));
});

const views = { show: showPlan, item: showPlanItem, xlsx: sendPlanXlsx };

composer.callbackQuery(/^plan:/, async (ctx) => {
  const decoded = decodePlanCallback(ctx.callbackQuery.data);
  if (!decoded) return ctx.answerCallbackQuery({ text: ctx.t("button-outdated"), show_alert: true });
  await ctx.answerCallbackQuery();
  await views[decoded.action](ctx, decoded.ids[0]!);
});

export const plansFeature: BotFeature = {
  name: "plans",
  composer,
  menu: [{ label: "menu-plan", roles: PLAN_READERS, order: 35, run: showPlans }],
  commands: [{ command: "plan", roles: PLAN_READERS, order: 35 }],
  conversations: [{ id: PLAN_IMPORT_CONVERSATION, build: createPlanImportConversation }],
};
