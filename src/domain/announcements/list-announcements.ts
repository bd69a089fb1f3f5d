// History: a recipient's recent announcements (to re-read, with their attachments) and a sender's past
// broadcasts with their figures; ten a page, newest first.
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../input-error.js";
import { SENDER_ROLES } from "./announcement-access.js";
import { figuresOf, noFigures, type AnnouncementFigures } from "./announcement-figures.js";
import { excerptOf } from "./announcement-notices.js";

const input = z.object({ page: z.number().int().min(0).max(100_000).default(0) });

export const HISTORY_PAGE = 10;

export interface ReceivedItem {
  id: number;
  excerpt: string;
  author: string;
  /** ISO */
  sendAt: string;
  askAck: boolean;
  acknowledged: boolean;
}

export interface SentItem {
  id: number;
  excerpt: string;
  sendAt: string;
  recalled: boolean;
  askAck: boolean;
  figures: AnnouncementFigures;
}

export interface HistoryPage<T> {
  items: T[];
  page: number;
  pageCount: number;
  timeZone: string;
}

export async function listReceivedAnnouncements(deps: DomainDeps, actor: Actor, raw: z.input<typeof input> = {}): Promise<HistoryPage<ReceivedItem>> {
  const { page } = parseInput(input, raw);
  const now = deps.now();
  const where = { personId: actor.personId, announcement: { recalledAt: null, sendAt: { lte: now }, municipalityId: actor.municipalityId } };
  const total = await deps.db.announcementRecipient.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE));
  const shown = Math.min(page, pageCount - 1);
  const rows = await deps.db.announcementRecipient.findMany({
    where,
    include: { announcement: { select: { id: true, text: true, sendAt: true, askAck: true, author: { select: { displayName: true } } } } },
    orderBy: [{ announcement: { sendAt: "desc" } }, { announcementId: "desc" }],
    skip: shown * HISTORY_PAGE,
    take: HISTORY_PAGE,
  });
  return {
    items: rows.map((r) => ({
      id: r.announcement.id,
      excerpt: excerptOf(r.announcement.text, 60),
      author: r.announcement.author.displayName,
      sendAt: r.announcement.sendAt.toISOString(),
      askAck: r.announcement.askAck,
      acknowledged: r.acknowledgedAt !== null,
    })),
    page: shown,
    pageCount,
    timeZone: await timeZoneOf(deps, actor),
  };
}

export async function listSentAnnouncements(deps: DomainDeps, actor: Actor, raw: z.input<typeof input> = {}): Promise<HistoryPage<SentItem>> {
  requireRole(actor, ...SENDER_ROLES);
  const { page } = parseInput(input, raw);
  const where = { authorId: actor.personId, municipalityId: actor.municipalityId };
  const total = await deps.db.announcement.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / HISTORY_PAGE));
  const shown = Math.min(page, pageCount - 1);
  const rows = await deps.db.announcement.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: shown * HISTORY_PAGE, take: HISTORY_PAGE });
  const figures = await figuresOf(deps.db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      excerpt: excerptOf(r.text, 60),
      sendAt: r.sendAt.toISOString(),
      recalled: r.recalledAt !== null,
      askAck: r.askAck,
      figures: figures.get(r.id) ?? noFigures(),
    })),
    page: shown,
    pageCount,
    timeZone: await timeZoneOf(deps, actor),
  };
}

async function timeZoneOf(deps: DomainDeps, actor: Actor): Promise<string> {
  return (await deps.db.municipality.findUniqueOrThrow({ where: { id: actor.municipalityId }, select: { timeZone: true } })).timeZone;
}
