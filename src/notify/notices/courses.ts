// Course notices: a head is asked to record the school's completions before a campaign's records-fed question.
import { InlineKeyboard } from "grammy";
import { formatIsoDate } from "../../domain/courses/parse-completion-date.js";
import { COURSE_RECORDS_REMINDER, type RecordsReminderPayload } from "../../domain/courses/remind-records-first.js";
import { escapeHtml } from "../../bot/render/escape-html.js";
import { defineNotice } from "./define-notice.js";

export const courseNotices = [
  defineNotice<RecordsReminderPayload>({
    kind: COURSE_RECORDS_REMINDER,
    render: (p, r) => ({
      method: "sendMessage",
      text: r.t("course-records-reminder", {
        title: escapeHtml(p.campaignTitle),
        school: escapeHtml(p.schoolShortName),
        from: formatIsoDate(p.from),
        to: formatIsoDate(p.to),
      }),
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard().text(r.t("course-menu-report"), "course:report").text(r.t("course-menu-import"), "course:upload"),
    }),
  }),
];
