// Callback data of the staff campaign screens: `campaign:<screen>:<campaign id>[:<page>][:<search>]`, e.g.
// `campaign:results:12`, `campaign:schools:12:3`, `campaign:reopen-missing:12:0:лицей`. A screen pressed with
// a page is a page turn (the message is edited in place); without one it is opened as a new message.
// The search text goes last, cut to what fits Telegram's 64 bytes.
import { encodeCallback } from "../../keyboards/callback-data.js";
import { truncateBytes } from "../../render/truncate.js";

/** Lists of a campaign's schools that page and search. */
export const SCHOOL_SCREENS = ["schools", "missing", "reopen", "reopen-missing"] as const;
export type SchoolScreen = (typeof SCHOOL_SCREENS)[number];

const PREFIX = "campaign";
const MAX_BYTES = 64;

export const campaignData = {
  list: (page: number) => encodeCallback(PREFIX, "list", page),
  card: (campaignId: number) => encodeCallback(PREFIX, "card", campaignId),
  results: (campaignId: number, page?: number) =>
    page === undefined ? encodeCallback(PREFIX, "results", campaignId) : encodeCallback(PREFIX, "results", campaignId, page),
  xlsx: (campaignId: number) => encodeCallback(PREFIX, "xlsx", campaignId),
  /** The first page as a new message. */
  open: (screen: SchoolScreen, campaignId: number) => encodeCallback(PREFIX, screen, campaignId),
  /** A page in place, keeping the search. */
  page(screen: SchoolScreen, campaignId: number, page: number, search = ""): string {
    const base = encodeCallback(PREFIX, screen, campaignId, page);
    if (!search) return base;
    return `${base}:${truncateBytes(search, MAX_BYTES - Buffer.byteLength(base) - 1)}`;
  },
  search: (screen: SchoolScreen, campaignId: number) => encodeCallback(PREFIX, "search", campaignId, screen),
  reopenSchool: (campaignId: number, schoolId: number) => encodeCallback(PREFIX, "reopen-school", campaignId, schoolId),
};

export type CampaignPress =
  | { action: "list"; page: number }
  | { action: "card" | "xlsx"; campaignId: number }
  | { action: "results"; campaignId: number; page: number | undefined }
  | { action: "screen"; screen: SchoolScreen; campaignId: number; page: number | undefined; search: string }
  | { action: "search"; screen: SchoolScreen; campaignId: number }
  | { action: "reopen-school"; campaignId: number; schoolId: number };

const id = (part: string | undefined): number | undefined => (part !== undefined && /^\d{1,9}$/.test(part) ? Number(part) : undefined);
const isScreen = (word: string | undefined): word is SchoolScreen => (SCHOOL_SCREENS as readonly string[]).includes(word ?? "");

/** What a press asks for, or undefined for malformed, forged or outdated data (answered "button outdated"). */
export function parseCampaignData(data: string): CampaignPress | undefined {
  const [prefix, action, first, second, ...rest] = data.split(":");
  if (prefix !== PREFIX) return undefined;
  const a = id(first);
  const b = id(second);
  if (action === "list") return a !== undefined && second === undefined ? { action, page: a } : undefined;
  if (a === undefined) return undefined;
  switch (action) {
    case "card":
    case "xlsx":
      return second === undefined ? { action, campaignId: a } : undefined;
    case "results":
      return rest.length === 0 && (second === undefined || b !== undefined) ? { action, campaignId: a, page: b } : undefined;
    case "search":
      return isScreen(second) && rest.length === 0 ? { action, screen: second, campaignId: a } : undefined;
    case "reopen-school":
      return b !== undefined && rest.length === 0 ? { action, campaignId: a, schoolId: b } : undefined;
    default:
      if (!isScreen(action)) return undefined;
      if (second !== undefined && b === undefined) return undefined;
      return { action: "screen", screen: action, campaignId: a, page: b, search: rest.join(":") };
  }
}
