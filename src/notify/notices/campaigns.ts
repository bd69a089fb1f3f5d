// Campaign notices: the opening, the deadline reminder, a form reopened for a school. Each carries a button to
// the school's form.
import {
  CAMPAIGN_DEADLINE,
  CAMPAIGN_OPENED,
  CAMPAIGN_REOPENED,
  type CampaignNoticePayload,
  type ReopenNoticePayload,
} from "../../domain/campaigns/campaign-notice-kinds.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import { escapeHtml } from "../../bot/render/escape-html.js";
import { openFormKeyboard } from "../../bot/keyboards/form-keyboards.js";
import { defineNotice, type NoticeRecipient } from "./define-notice.js";
import type { OutgoingMessage } from "../outgoing-message.js";

function withFormButton(r: NoticeRecipient, p: { campaignId: number; schoolId: number }, text: string): OutgoingMessage {
  return { method: "sendMessage", text, parse_mode: "HTML", reply_markup: openFormKeyboard(r.t, p.campaignId, p.schoolId) };
}

const campaignText = (key: string) => (p: CampaignNoticePayload, r: NoticeRecipient) =>
  withFormButton(
    r,
    p,
    r.t(key, {
      title: escapeHtml(p.title),
      school: escapeHtml(p.schoolShortName),
      deadline: formatLocal(new Date(p.deadline), p.timeZone),
    }),
  );

export const campaignNotices = [
  defineNotice<CampaignNoticePayload>({ kind: CAMPAIGN_OPENED, render: campaignText("campaign-opened-notice") }),
  // Rows queued by the two-days-before reminder that the reminder policy replaced still render.
  defineNotice<CampaignNoticePayload>({ kind: CAMPAIGN_DEADLINE, render: campaignText("campaign-deadline-reminder") }),
  defineNotice<ReopenNoticePayload>({
    kind: CAMPAIGN_REOPENED,
    render: (p, r) =>
      withFormButton(r, p, r.t("reopen-notice", { title: escapeHtml(p.title), until: formatLocal(new Date(p.until), p.timeZone) })),
  }),
];
