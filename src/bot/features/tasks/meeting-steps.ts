// The questions of the meeting wizard that also serve to fix a decision in the preview: its text, its deadline,
// who is responsible. Each asks until the answer is usable and says what was wrong.
import { InlineKeyboard } from "grammy";
import { draftDeadline, type DraftDeadline } from "../../../domain/tasks/read-protocol.js";
import { fromIsoDate } from "../../../domain/tasks/protocol-deadline.js";
import { hasAnyone, resolveResponsible, type Assignees, type Directory } from "../../../domain/tasks/responsible.js";
import type { Translate } from "../../i18n.js";
import { escapeHtml } from "../../render/escape-html.js";
import { M, pickMany, type Ask } from "./meeting-ask.js";

export async function askDecisionText(ask: Ask, t: Translate, number: number): Promise<string> {
  let hint = "";
  for (;;) {
    const text = (await ask(hint + t("task-meeting-decision-text", { number }))).text ?? "";
    if (text.length >= 3 && text.length <= 3000) return text;
    hint = t("task-meeting-decision-text-invalid") + "\n\n";
  }
}

/** A date in protocol style or «постоянно»; the meeting's date gives the year when it is left out. */
export async function askDeadline(ask: Ask, t: Translate, heldOn: string): Promise<DraftDeadline> {
  let hint = "";
  for (;;) {
    const reply = await ask(hint + t("task-meeting-deadline"), new InlineKeyboard().text(t("task-standing-button"), `${M}standing`));
    if (reply.data === `${M}standing`) return { kind: "standing" };
    const parsed = reply.text ? draftDeadline(reply.text, fromIsoDate(heldOn)) : undefined;
    if (parsed && parsed.kind !== "unreadable") return parsed;
    hint = t("task-meeting-deadline-invalid", { text: escapeHtml(reply.text ?? "") }) + "\n\n";
  }
}

export interface Responsible {
  responsibleText: string;
  assignees: Assignees;
}

/** All heads, chosen schools, named staff — by button, or typed as a protocol would say it. */
export async function askResponsible(ask: Ask, t: Translate, directory: Directory): Promise<Responsible> {
  let hint = "";
  for (;;) {
    const keyboard = new InlineKeyboard()
      .text(t("task-resp-all-button"), `${M}all`)
      .row()
      .text(t("task-resp-schools-button"), `${M}schools`)
      .text(t("task-resp-staff-button"), `${M}staff`);
    const reply = await ask(hint + t("task-meeting-responsible"), keyboard);
    if (reply.data === `${M}all`) return { responsibleText: t("task-resp-all-text"), assignees: { allSchools: true, schoolIds: [], personIds: [], unknown: [] } };
    if (reply.data === `${M}schools`) {
      const ids = await pickMany(ask, t, directory.schools.map((s) => ({ id: s.id, label: s.shortName })), t("task-meeting-pick-schools"));
      const names = directory.schools.filter((s) => ids.includes(s.id)).map((s) => s.shortName);
      return { responsibleText: names.join(", "), assignees: { allSchools: false, schoolIds: ids, personIds: [], unknown: [] } };
    }
    if (reply.data === `${M}staff`) {
      if (directory.staff.length === 0) {
        hint = t("task-meeting-no-staff") + "\n\n";
        continue;
      }
      const ids = await pickMany(ask, t, directory.staff.map((p) => ({ id: p.id, label: p.displayName })), t("task-meeting-pick-staff"));
      const names = directory.staff.filter((p) => ids.includes(p.id)).map((p) => p.displayName);
      return { responsibleText: names.join(", "), assignees: { allSchools: false, schoolIds: [], personIds: ids, unknown: [] } };
    }
    const typed = reply.text ?? "";
    const assignees = resolveResponsible(typed, directory);
    if (hasAnyone(assignees) && assignees.unknown.length === 0) return { responsibleText: typed, assignees };
    hint = t("task-meeting-responsible-unknown", { text: escapeHtml(assignees.unknown.join(", ") || typed) }) + "\n\n";
  }
}
