// The weekly digest for officials, with a button to the live /status and one to turn the digest off.
import { statusCallback } from "../../bot/features/status/status-callback.js";
import { InlineKeyboard } from "grammy";
import { DIGEST_NOTICE, type DigestPayload } from "../../domain/digest/digest-notice.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import { escapeHtml } from "../../bot/render/escape-html.js";
import { truncate } from "../../bot/render/truncate.js";
import type { Translate } from "../../bot/i18n.js";
import type { OutgoingMessage } from "../outgoing-message.js";
import { defineNotice } from "./define-notice.js";

export function renderDigest(p: DigestPayload, t: Translate): OutgoingMessage {
  const lines = [t("digest-title", { municipality: escapeHtml(p.municipalityName), date: formatLocal(new Date(p.at), p.timeZone, false) }), ""];
  lines.push(t("digest-overdue", { count: p.overdue.assignments, schools: p.overdue.schools }));
  for (const s of p.schools) lines.push(t("digest-school", { school: escapeHtml(truncate(s.shortName, 60)), tasks: s.overdueTasks }));
  lines.push("", p.campaigns.length ? t("digest-campaigns") : t("digest-campaigns-none"));
  for (const c of p.campaigns) {
    lines.push(t("digest-campaign", { title: escapeHtml(truncate(c.title, 80)), missing: c.missing, schools: c.schools, deadline: formatLocal(new Date(c.deadline), p.timeZone) }));
  }
  lines.push("", t("digest-changes", { done: p.changes.tasksDone, submitted: p.changes.formsSubmitted, overdue: p.changes.newlyOverdue, created: p.changes.tasksCreated }));
  const keyboard = new InlineKeyboard().text(t("digest-open-status"), statusCallback("home")).row().text(t("digest-turn-off"), statusCallback("digest", 0));
  return { method: "sendMessage", text: lines.join("\n"), parse_mode: "HTML", reply_markup: keyboard };
}

export const digestNotices = [defineNotice<DigestPayload>({ kind: DIGEST_NOTICE, render: (p, r) => renderDigest(p, r.t) })];
