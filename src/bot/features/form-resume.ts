// A form cut off by a long flood wait, an outage or a restart no longer holds a conversation, but the head is
// still answering it: their next typed line goes to the question they were on instead of «Не понял сообщение».
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { CAMPAIGN_FORM_CONVERSATION, type CampaignFormArgs } from "../conversations/campaign-form.js";
import { readFormMarker } from "../../db/form-marker-store.js";

const composer = new Composer<BotContext>();

composer.on("message:text", async (ctx, next) => {
  const actor = ctx.actor;
  if (!actor || actor.role !== "HEAD" || ctx.message.text.startsWith("/")) return next();
  const marker = await readFormMarker(ctx.deps.domain.db, actor.personId, ctx.deps.domain.now());
  if (!marker) return next();
  await ctx.reply(ctx.t("form-resumed"));
  const args: CampaignFormArgs = { actor, campaignId: marker.campaignId, schoolId: marker.schoolId, startAt: marker.index, typedAhead: ctx.message.text };
  await ctx.conversation.enter(CAMPAIGN_FORM_CONVERSATION, args);
});

export { composer as formResumeFeature };
