// Who gets it: every head, chosen schools (the paged picker, so 4,000 schools fit), a role, or everyone.
import { InlineKeyboard } from "grammy";
import type { Audience } from "../../../domain/announcements/announcement-input.js";
import { schoolPickSource } from "../../conversations/school-pick-source.js";
import { pickMany } from "../../conversations/paged-picker.js";
import { C } from "./compose-ask.js";
import type { ComposeWizard } from "./compose-conversation.js";

const ROLES = ["HEAD", "METHODOLOGIST", "OFFICIAL"] as const;

export async function pickAudience(w: ComposeWizard): Promise<Audience> {
  const keyboard = new InlineKeyboard()
    .text(w.t("announcement-audience-heads"), `${C}aud:heads`)
    .row()
    .text(w.t("announcement-audience-schools"), `${C}aud:schools`)
    .row()
    .text(w.t("announcement-audience-role"), `${C}aud:role`)
    .row()
    .text(w.t("announcement-audience-all"), `${C}aud:all`);
  for (;;) {
    const reply = await w.ask(w.t("announcement-compose-audience"), keyboard);
    if (reply.data === `${C}aud:heads`) return { kind: "heads" };
    if (reply.data === `${C}aud:all`) return { kind: "all" };
    if (reply.data === `${C}aud:role`) return pickRole(w);
    if (reply.data === `${C}aud:schools`) {
      const picked = await pickMany(w.ask, w.t, schoolPickSource(w), { heading: w.t("announcement-compose-schools"), allMeansAll: true });
      return picked === "all" ? { kind: "heads" } : { kind: "schools", schoolIds: picked };
    }
  }
}

async function pickRole(w: ComposeWizard): Promise<Audience> {
  const keyboard = new InlineKeyboard();
  for (const role of ROLES) keyboard.text(w.t(`announcement-role-${role}`), `${C}role:${role}`).row();
  for (;;) {
    const reply = await w.ask(w.t("announcement-compose-role"), keyboard);
    const role = ROLES.find((r) => reply.data === `${C}role:${r}`);
    if (role) return { kind: "role", role };
  }
}
