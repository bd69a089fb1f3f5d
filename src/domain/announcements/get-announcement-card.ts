// The sender's card: the announcement, its live figures, the schools (and staff) that have not acknowledged —
// a school counts as acknowledged when any of its heads pressed «Ознакомлен» — paged, and who blocked the bot.
import { z } from "zod";
import type { Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../input-error.js";
import { loadAnnouncement, requireCardAccess } from "./announcement-access.js";
import { figuresOf, noFigures, type AnnouncementFigures } from "./announcement-figures.js";
import { excerptOf } from "./announcement-notices.js";

const input = z.object({ announcementId: z.number().int().positive(), page: z.number().int().min(0).max(100_000).default(0) });

export const CARD_PAGE = 20;
const BLOCKED_LISTED = 20;

export interface AnnouncementCard {
  id: number;
  excerpt: string;
  author: string;
  isSender: boolean;
  timeZone: string;
  /** ISO */
  sendAt: string;
  sent: boolean;
  askAck: boolean;
  ackDeadline: string | null;
  editedAt: string | null;
  recalledAt: string | null;
  attachments: number;
  figures: AnnouncementFigures;
  /** schools with no acknowledgment (a head's school) or people (staff), one page */
  missing: { total: number; page: number; pageCount: number; names: string[] };
  blocked: { total: number; names: string[] };
}

export async function getAnnouncementCard(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<AnnouncementCard> {
  const { announcementId, page } = parseInput(input, raw);
  const a = await loadAnnouncement(deps, announcementId);
  requireCardAccess(actor, a);
  const figures = (await figuresOf(deps.db, [a.id])).get(a.id) ?? noFigures();
  const missing = a.askAck ? await missingPage(deps, a.id, page) : { total: 0, names: [] };
  const pageCount = Math.max(1, Math.ceil(missing.total / CARD_PAGE));
  return {
    id: a.id,
    excerpt: excerptOf(a.text),
    author: a.author.displayName,
    isSender: a.authorId === actor.personId,
    timeZone: a.municipality.timeZone,
    sendAt: a.sendAt.toISOString(),
    sent: a.sendAt <= deps.now(),
    askAck: a.askAck,
    ackDeadline: a.ackDeadline?.toISOString() ?? null,
    editedAt: a.editedAt?.toISOString() ?? null,
    recalledAt: a.recalledAt?.toISOString() ?? null,
    attachments: Array.isArray(a.attachments) ? a.attachments.length : 0,
    figures,
    missing: { total: missing.total, page: Math.min(page, pageCount - 1), pageCount, names: missing.names },
    blocked: await blockedRecipients(deps, a.id),
  };
}

async function missingPage(deps: DomainDeps, announcementId: number, page: number): Promise<{ total: number; names: string[] }> {
  const rows = await deps.db.$queryRawUnsafe<Array<{ name: string; total: number }>>(
    `SELECT MIN(COALESCE(s."shortName", p."displayName")) AS name, COUNT(*) OVER ()::int AS total
       FROM "AnnouncementRecipient" r JOIN "Person" p ON p.id = r."personId" LEFT JOIN "School" s ON s.id = r."schoolId"
      WHERE r."announcementId" = $1
      GROUP BY COALESCE(r."schoolId", -r."personId")
     HAVING COUNT(r."acknowledgedAt") = 0
      ORDER BY 1 LIMIT $2 OFFSET $3`,
    announcementId,
    CARD_PAGE,
    page * CARD_PAGE,
  );
  if (rows.length === 0 && page > 0) return missingPage(deps, announcementId, 0);
  return { total: rows[0]?.total ?? 0, names: rows.map((r) => r.name) };
}

async function blockedRecipients(deps: DomainDeps, announcementId: number): Promise<{ total: number; names: string[] }> {
  const rows = await deps.db.$queryRawUnsafe<Array<{ name: string; total: number }>>(
    `SELECT p."displayName" || COALESCE(' (' || s."shortName" || ')', '') AS name, COUNT(*) OVER ()::int AS total
       FROM "AnnouncementRecipient" r JOIN "Person" p ON p.id = r."personId" LEFT JOIN "School" s ON s.id = r."schoolId"
       JOIN "OutboxMessage" o ON o."dedupeKey" = 'ann:' || r."announcementId" || ':' || r."personId"
      WHERE r."announcementId" = $1 AND o.status = 'BLOCKED'
      ORDER BY 1 LIMIT $2`,
    announcementId,
    BLOCKED_LISTED,
  );
  return { total: rows[0]?.total ?? 0, names: rows.map((r) => r.name) };
}
