// The municipality's schools as a paged picker's source, for any conversation that picks schools (the campaign
// wizard, an announcement's audience): a page at a time from the domain, never the whole list in the replay log.
import type { Conversation } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Actor } from "../../domain/actor.js";
import { findSchools } from "../../domain/schools/find-schools.js";
import type { BotContext, BotDeps } from "../context.js";
import type { Translate } from "../i18n.js";
import { attempt } from "./external-result.js";
import { PICK_PAGE, type PickSource } from "./paged-picker.js";

export interface SchoolPickScope {
  conversation: Conversation<BotContext, Context>;
  ctx: Context;
  t: Translate;
  deps: BotDeps;
  actor: Actor;
}

export function schoolPickSource(w: SchoolPickScope): PickSource {
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    const result = await w.conversation.external(() => attempt(run));
    if (result.ok) return result.value;
    await w.ctx.reply(w.t(`error-${result.code}`, result.params));
    return w.conversation.halt();
  };
  return {
    async page(query) {
      const found = await call(() => findSchools(w.deps.domain, w.actor, { ...query, pageSize: PICK_PAGE }));
      return { ...found, items: found.items.map((s) => ({ id: s.id, label: s.shortName, number: s.number })) };
    },
    async ids(query) {
      return (await call(() => findSchools(w.deps.domain, w.actor, { ...query, pageSize: 1, withIds: true }))).ids ?? [];
    },
  };
}
