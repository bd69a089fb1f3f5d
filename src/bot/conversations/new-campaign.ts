// A methodologist creates a monitoring campaign: title, period, indicators, opening, deadline, schools; a
// summary to confirm. Dates are read in the municipality's time zone the way people type them.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard, type Context } from "grammy";
import type { Actor } from "../../domain/actor.js";
import { createCampaign } from "../../domain/campaigns/create-campaign.js";
import { indicatorTitle } from "../../domain/indicators/indicator-view.js";
import { listIndicators } from "../../domain/indicators/list-indicators.js";
import { findMunicipality } from "../../domain/municipalities/find-municipality.js";
import { listSchools } from "../../domain/schools/list-schools.js";
import { formatLocal, parseLocalDate, toLocal } from "../../domain/time/zoned-time.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Language, Translate } from "../i18n.js";
import { escapeHtml } from "../render/escape-html.js";
import { attempt } from "./external-result.js";
import { waitForInput } from "./wait-for-input.js";

export const NEW_CAMPAIGN_CONVERSATION = "new-campaign";

type NewCampaignConversation = Conversation<BotContext, Context>;
type Choice = { id: number; label: string };

const END_OF_DAY = { hour: 23, minute: 59 };
const START_OF_DAY = { hour: 9, minute: 0 };

export function createNewCampaignConversation(deps: BotDeps, translate: (language: Language) => Translate) {
  return async function newCampaign(conversation: NewCampaignConversation, ctx: Context, actor: Actor): Promise<void> {
    const t = translate(actor.language);
    const domain = deps.domain;
    const setup = await conversation.external(() =>
      attempt(async () => {
        const municipality = await findMunicipality(domain, actor, actor.municipalityId);
        const indicators = await listIndicators(domain, actor);
        const schools = await listSchools(domain, actor, { municipalityId: actor.municipalityId });
        return {
          timeZone: municipality.timeZone,
          indicators: indicators.map((i) => ({ id: i.id, label: indicatorTitle(i, actor.language) })),
          schools: schools.map((s) => ({ id: s.id, label: s.shortName })),
        };
      }),
    );
    if (!setup.ok) return void (await ctx.reply(t(`error-${setup.code}`, setup.params)));
    const { timeZone, indicators, schools } = setup.value;
    // The domain clock, not Date.now: tests and the demo move time.
    const now = new Date(await conversation.external(() => domain.now().getTime()));

    let promptId = 0;
    /** The next text or live button; "cancel" (button or /cancel) ends the conversation. */
    const ask: Ask = async (text, keyboard, options = {}) => {
      const markup = (keyboard ?? new InlineKeyboard()).row().text(t("campaign-new-cancel"), "nc:cancel");
      // Toggling a choice redraws the same message instead of sending a new one per press.
      if (options.edit && promptId) await ctx.api.editMessageText(ctx.chat!.id, promptId, text, { parse_mode: "HTML", reply_markup: markup });
      else promptId = (await ctx.reply(text, { parse_mode: "HTML", reply_markup: markup })).message_id;
      const input = await waitForInput(conversation, { messageId: promptId, prefix: "nc:" }, t);
      if (input.kind === "button") return input.data === "nc:cancel" ? cancel() : { data: input.data };
      if (input.kind === "text") return { text: input.text };
      if (input.kind === "other") {
        await ctx.reply(t("form-text-expected"));
        return {};
      }
      if (input.text === "/cancel") return cancel();
      // Another command: leave the wizard and let the command run.
      await ctx.reply(t("campaign-new-cancelled"));
      return conversation.halt({ next: true });
    };
    const cancel = async (): Promise<never> => {
      await ctx.reply(t("campaign-new-cancelled"));
      return conversation.halt();
    };

    // 1. Title
    let title = "";
    while (title.length < 3) {
      title = (await ask(t("campaign-new-title"))).text ?? "";
      if (title.length < 3 || title.length > 200) {
        await ctx.reply(t("campaign-new-title-invalid"));
        title = "";
      }
    }

    // 2. Period: this quarter, next quarter, this year; or typed as 2026-Q4 / 2026
    const local = toLocal(now, timeZone);
    const quarter = Math.floor((local.month - 1) / 3) + 1;
    const nextQuarter = quarter === 4 ? `${local.year + 1}-Q1` : `${local.year}-Q${quarter + 1}`;
    const periods = [`${local.year}-Q${quarter}`, nextQuarter, `${local.year}`];
    let period: string | undefined;
    while (!period) {
      const keyboard = new InlineKeyboard();
      periods.forEach((p) => keyboard.text(p, `nc:period:${p}`));
      const reply = await ask(t("campaign-new-period"), keyboard);
      // Typed as "2026-Q4", "2026 Q4", "2026q4" or "2026".
      const candidate = reply.data?.slice("nc:period:".length) ?? reply.text?.toUpperCase().replace(/\s+/g, "").replace(/^(20\d{2})-?(Q[1-4])$/, "$1-$2");
      if (candidate && /^20\d{2}(-Q[1-4])?$/.test(candidate)) period = candidate;
      else await ctx.reply(t("campaign-new-period-invalid"));
    }

    // 3. Indicators (toggle, then done)
    const picked = await pickMany(ask, t, indicators, t("campaign-new-indicators"), false);
    const chosenIndicators = picked === "all" ? indicators : picked;

    // 4. Opening moment
    let opensAt: Date | undefined;
    while (!opensAt) {
      const reply = await ask(t("campaign-new-opens", { zone: timeZone }), new InlineKeyboard().text(t("campaign-new-opens-now"), "nc:now"));
      if (reply.data === "nc:now") opensAt = now;
      else opensAt = reply.text ? parseLocalDate(reply.text, timeZone, now, START_OF_DAY) : undefined;
      if (!opensAt) await ctx.reply(t("campaign-new-date-invalid"));
    }

    // 5. Deadline
    let deadline: Date | undefined;
    while (!deadline) {
      const reply = await ask(t("campaign-new-deadline", { zone: timeZone }));
      const parsed = reply.text ? parseLocalDate(reply.text, timeZone, now, END_OF_DAY) : undefined;
      if (!parsed) await ctx.reply(t("campaign-new-date-invalid"));
      else if (parsed <= opensAt || parsed <= now) await ctx.reply(t("campaign-new-deadline-too-early", { opens: formatLocal(opensAt, timeZone) }));
      else deadline = parsed;
    }

    // 6. Schools: all, or chosen
    const chosenSchools = await pickMany(ask, t, schools, t("campaign-new-schools"), true);

    // 7. Summary and confirmation
    const summary = t("campaign-new-summary", {
      title: escapeHtml(title),
      period,
      indicators: chosenIndicators.length,
      list: chosenIndicators.map((i) => `• ${escapeHtml(i.label)}`).join("\n"),
      opens: formatLocal(opensAt, timeZone),
      deadline: formatLocal(deadline, timeZone),
      schools: chosenSchools === "all" ? t("campaign-new-all-schools", { count: schools.length }) : chosenSchools.map((s) => escapeHtml(s.label)).join(", "),
    });
    const confirm = await ask(summary, new InlineKeyboard().text(t("campaign-new-create"), "nc:create"));
    if (confirm.data !== "nc:create") return cancel();

    const created = await conversation.external(() =>
      attempt(() =>
        createCampaign(domain, actor, {
          title,
          period: period!,
          indicatorIds: chosenIndicators.map((i) => i.id),
          opensAt: opensAt!,
          deadline: deadline!,
          schoolIds: chosenSchools === "all" ? "all" : chosenSchools.map((s) => s.id),
        }),
      ),
    );
    if (!created.ok) return void (await ctx.reply(t(`error-${created.code}`, created.params)));
    const c = created.value;
    const opensNow = new Date(c.opensAt) <= now;
    await ctx.reply(
      t(opensNow ? "campaign-new-created-open" : "campaign-new-created-scheduled", {
        title: escapeHtml(c.title),
        schools: c.schoolCount,
        opens: formatLocal(new Date(c.opensAt), c.timeZone),
      }),
      { parse_mode: "HTML" },
    );
    // The heads' notices are already in the outbox: the methodologist does not wait for them to be sent.
    if (opensNow) await conversation.external(() => deps.wake());
  };
}

type Ask = (text: string, keyboard?: InlineKeyboard, options?: { edit?: boolean }) => Promise<{ text?: string; data?: string }>;

/** A numbered list with toggle buttons; "all" allowed where the whole list is a valid answer. */
async function pickMany(ask: Ask, t: Translate, choices: Choice[], heading: string, allowAll: boolean): Promise<Choice[] | "all"> {
  const chosen = new Set<number>();
  let redraw = false;
  for (;;) {
    const list = choices.map((c, i) => `${chosen.has(c.id) ? "✅" : "▫️"} ${i + 1}. ${escapeHtml(c.label)}`).join("\n");
    const keyboard = new InlineKeyboard();
    choices.forEach((c, i) => {
      keyboard.text(`${chosen.has(c.id) ? "✅" : ""}${i + 1}`, `nc:pick:${i}`);
      if (i % 6 === 5) keyboard.row();
    });
    keyboard.row().text(t("campaign-new-pick-all"), "nc:all");
    if (chosen.size > 0) keyboard.text(t("campaign-new-pick-done", { count: chosen.size }), "nc:done");
    const reply = await ask(`${heading}\n\n${list}`, keyboard, { edit: redraw });
    redraw = reply.data !== undefined;
    if (reply.data === "nc:all") {
      if (allowAll) return "all";
      choices.forEach((c) => chosen.add(c.id));
      continue;
    }
    if (reply.data === "nc:done" && chosen.size > 0) return choices.filter((c) => chosen.has(c.id));
    // Toggling by button or by typing the numbers ("1 3 5").
    const picks = reply.data?.startsWith("nc:pick:") ? [Number(reply.data.slice(8)) + 1] : (reply.text?.match(/\d+/g) ?? []).map(Number);
    for (const n of picks) {
      const choice = choices[n - 1];
      if (!choice) continue;
      if (chosen.has(choice.id)) chosen.delete(choice.id);
      else chosen.add(choice.id);
    }
  }
}
