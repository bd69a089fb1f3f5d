// /status: announcements that asked for «Ознакомлен» and are not acknowledged by everyone yet, in the actor's
// scope (a methodologist's own). Counted per school (one head's press answers for the school) and per member
// of staff, over the last 30 days, newest first; one aggregate query.
import type { DomainDeps } from "../deps.js";
import type { StatusScope } from "./status-scope.js";

export interface UnacknowledgedAnnouncement {
  announcementId: number;
  title: string;
  /** schools (and staff) that have not pressed «Ознакомлен» */
  missing: number;
  recipients: number;
}

const LOOK_BACK_MS = 30 * 24 * 3600_000;
const LISTED = 5;

export async function listUnacknowledgedAnnouncements(deps: DomainDeps, scope: StatusScope): Promise<UnacknowledgedAnnouncement[]> {
  const now = deps.now();
  const rows = await deps.db.$queryRawUnsafe<Array<{ id: number; text: string; missing: number; recipients: number }>>(
    `WITH ann AS (
       SELECT id, text, "sendAt" FROM "Announcement"
        WHERE "municipalityId" = $1 AND "askAck" AND "recalledAt" IS NULL AND "sendAt" <= $2 AND "sendAt" >= $3
          AND ($4::int IS NULL OR "authorId" = $4)),
     grouped AS (
       SELECT r."announcementId", COUNT(r."acknowledgedAt") > 0 AS acked
         FROM "AnnouncementRecipient" r WHERE r."announcementId" IN (SELECT id FROM ann)
        GROUP BY r."announcementId", COALESCE(r."schoolId", -r."personId"))
     SELECT ann.id, ann.text, COUNT(*) FILTER (WHERE NOT g.acked)::int AS missing, COUNT(*)::int AS recipients
       FROM ann JOIN grouped g ON g."announcementId" = ann.id
      GROUP BY ann.id, ann.text, ann."sendAt"
     HAVING COUNT(*) FILTER (WHERE NOT g.acked) > 0
      ORDER BY ann."sendAt" DESC, ann.id DESC LIMIT ${LISTED}`,
    scope.municipalityId,
    now,
    new Date(now.getTime() - LOOK_BACK_MS),
    scope.creatorId,
  );
  return rows.map((r) => ({ announcementId: r.id, title: firstLine(r.text), missing: r.missing, recipients: r.recipients }));
}

function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  return [...line].length > 80 ? `${[...line].slice(0, 79).join("")}…` : line;
}
