// How the preview (bot and CLI) says what a schedule and a responsible were understood as. Texts come from
// locales/<language>/plans.ftl through the translate function the caller passes; this module only chooses keys.
import type { ResponsiblePart } from "./responsible/read-responsible.js";
import { formatDay } from "./schedule/calendar-date.js";
import type { Schedule } from "./schedule/schedule.js";
import { recurrencePattern } from "./schedule/schedule-dates.js";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function describeSchedule(s: Schedule, t: Translate): string {
  const days = recurrencePattern(s).map((d) => `${String(d.day).padStart(2, "0")}.${String(d.month).padStart(2, "0")}`).join(", ");
  const since = s.startsOn ? t("plans-schedule-since", { date: formatDay(s.startsOn) }) : "";
  switch (s.kind) {
    case "DATE":
      return t("plans-schedule-date", { date: formatDay(s.dueOn!) });
    case "RANGE":
      return t("plans-schedule-range", { start: formatDay(s.startsOn!), due: formatDay(s.dueOn!) });
    case "DURING_PERIOD":
      return t("plans-schedule-during-period", { due: formatDay(s.dueOn!) });
    case "MONTHLY":
      return t("plans-schedule-monthly") + since;
    case "QUARTERLY":
      return t("plans-schedule-quarterly", { days }) + since;
    case "HALF_YEARLY":
      return t("plans-schedule-half-yearly", { days }) + since;
    case "YEARLY":
      return t("plans-schedule-yearly", { days }) + since;
    case "AFTER":
      return t("plans-schedule-after", { date: formatDay(s.startsOn!) });
    case "AS_NEEDED":
      return t("plans-schedule-as-needed");
    case "STANDING":
      return t("plans-schedule-standing");
    case "BY_OTHER_PLAN":
      return t("plans-schedule-by-other-plan");
    default:
      return t(`plans-schedule-unread-${s.unreadReason ?? "unknown"}`);
  }
}

/** «руководители всех ОО; Абдуллаева Л.Г. (не найдена — сопоставьте)» */
export function describeResponsible(parts: (ResponsiblePart & { personName?: string | null })[], t: Translate): string {
  if (parts.length === 0) return t("plans-responsible-none");
  return parts
    .map((p) => {
      if (p.kind === "PERSON") return p.personName ? t("plans-responsible-person", { name: p.personName }) : t("plans-responsible-unmatched", { text: p.text });
      if (p.kind === "OTHER") return t("plans-responsible-other", { text: p.text });
      return t(`plans-responsible-${p.kind.toLowerCase().replace("_", "-")}`);
    })
    .join("; ");
}
