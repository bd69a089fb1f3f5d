// A methodologist sent a roadmap file: read it, show what was understood (the preview), and store it only
// when they press «Сохранить». The file is fetched again on confirmation, so the conversation keeps no bytes.
import { planCallback } from "./plan-callback.js";
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../../domain/actor.js";
import { MAX_PLAN_FILE_BYTES } from "../../../domain/plans/document/detect-format.js";
import { importPlan } from "../../../domain/plans/import-plan.js";
import { preparePlanImport } from "../../../domain/plans/prepare-plan-import.js";
import { intoMessages, previewHeader, previewItems, previewProblems } from "../../../domain/plans/preview-lines.js";
import type { BotContext, BotDeps } from "../../context.js";
import { attempt } from "../../conversations/external-result.js";
import { waitForInput } from "../../conversations/wait-for-input.js";
import type { Language, Translate } from "../../i18n.js";

export const PLAN_IMPORT_CONVERSATION = "plan-import";

export interface PlanImportArgs {
  actor: Actor;
  fileId: string;
  fileName: string;
  fileSize: number;
}

type PlanConversation = Conversation<BotContext, Context>;

export function createPlanImportConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function planImport(conversation: PlanConversation, ctx: Context, args: PlanImportArgs): Promise<void> {
    const t = translate(args.actor.language);
    if (args.fileSize > MAX_PLAN_FILE_BYTES) return void (await ctx.reply(t("error-plan-too-large", { mb: MAX_PLAN_FILE_BYTES / 1024 / 1024 })));
    const file = await ctx.api.getFile(args.fileId);
    const url = `${deps.config.botApiRoot}/file/bot${deps.config.botToken}/${file.file_path}`;
    const input = (period?: string) => async () => ({
      municipalityId: args.actor.municipalityId,
      fileName: args.fileName,
      bytes: await download(url),
      ...(period ? { period } : {}),
    });
    await ctx.reply(t("plans-reading"));

    let period: string | undefined;
    let preview = await conversation.external(() => attempt(async () => renderPreview(await preparePlanImport(deps.domain, args.actor, await input()()), t)));
    for (let tries = 0; !preview.ok && preview.code === "plan-no-period" && tries < 3; tries++) {
      const asked = await ctx.reply(t("error-plan-no-period"));
      const answer = await waitForInput(conversation, { messageId: asked.message_id, prefix: "plan-import:" }, t);
      if (answer.kind !== "text") return void (await ctx.reply(t("plans-import-cancelled")));
      period = answer.text;
      preview = await conversation.external(() => attempt(async () => renderPreview(await preparePlanImport(deps.domain, args.actor, await input(period)()), t)));
    }
    if (!preview.ok) return void (await ctx.reply(t(`error-${preview.code}`, preview.params), { parse_mode: "HTML" }));

    const messages = preview.value;
    for (const text of messages.slice(0, -1)) await ctx.reply(text, { parse_mode: "HTML" });
    const keyboard = new InlineKeyboard().text(t("plans-import-confirm"), "plan-import:ok").text(t("plans-import-cancel"), "plan-import:cancel");
    const last = await ctx.reply(`${messages[messages.length - 1]}\n\n${t("plans-import-question")}`, { parse_mode: "HTML", reply_markup: keyboard });
    const choice = await waitForInput(conversation, { messageId: last.message_id, prefix: "plan-import:" }, t);
    if (choice.kind === "command") return void (await conversation.halt({ next: true }));
    if (choice.kind !== "button" || choice.data !== "plan-import:ok") return void (await ctx.reply(t("plans-import-cancelled")));

    const stored = await conversation.external(() => attempt(async () => importPlan(deps.domain, args.actor, await input(period)())));
    if (!stored.ok) return void (await ctx.reply(t(`error-${stored.code}`, stored.params), { parse_mode: "HTML" }));
    const r = stored.value;
    await ctx.reply(t(r.updated ? "plans-import-updated" : "plans-import-stored", { items: r.items, sections: r.sections, tasks: r.tasks, assignments: r.assignments }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(t("plans-open"), planCallback("show", r.planId)),
    });
  };
}

async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function renderPreview(p: Awaited<ReturnType<typeof preparePlanImport>>, t: Translate): string[] {
  return [...intoMessages([...previewHeader(p, t), ...previewItems(p, t)]), ...intoMessages(previewProblems(p, t))];
}
