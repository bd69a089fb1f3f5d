// The outbox notices campaigns write, and their payloads: the domain writes them, src/notify/notices renders.
// Dedupe keys are `${kind}:${campaignId}:${personId}` (reopen notices add the moment, as a school may be
// reopened again).

export const CAMPAIGN_OPENED = "campaign.opened";
export const CAMPAIGN_DEADLINE = "campaign.deadline";
export const CAMPAIGN_REOPENED = "campaign.reopened";

export type CampaignSweepKind = typeof CAMPAIGN_OPENED | typeof CAMPAIGN_DEADLINE;

export const campaignNoticeKey = (kind: CampaignSweepKind, campaignId: number, personId: number): string =>
  `${kind}:${campaignId}:${personId}`;

/** What the campaign sweeps write for the opening and the deadline reminder. */
export interface CampaignNoticePayload {
  campaignId: number;
  schoolId: number;
  title: string;
  schoolShortName: string;
  /** ISO moment, shown in timeZone. */
  deadline: string;
  timeZone: string;
}

export interface ReopenNoticePayload {
  campaignId: number;
  schoolId: number;
  title: string;
  /** ISO moment, shown in timeZone. */
  until: string;
  timeZone: string;
}
