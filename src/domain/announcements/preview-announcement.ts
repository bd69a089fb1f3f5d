// Before anything goes out: how many people the audience reaches, how many cannot be reached (blocked the
// bot, never registered, a school with no head in the bot), and when the copies will go (the chosen local
// time, moved past the municipality's quiet hours). Nothing is written.
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../input-error.js";
import { nextAllowedMoment } from "../municipalities/quiet-hours.js";
import { SENDER_ROLES } from "./announcement-access.js";
import { announcementInput, type AnnouncementDraft, type AnnouncementInput } from "./announcement-input.js";
import { audienceMembers, foreignSchools, schoolsWithoutHead } from "./audience.js";
import type { Prisma } from "../../generated/prisma/client.js";

export interface AnnouncementPreview {
  /** people the audience covers */
  recipients: number;
  reachable: number;
  blocked: number;
  /** invited but never opened the bot */
  notRegistered: number;
  schoolsWithoutHead: number;
  /** ISO: when the copies go */
  sendAt: string;
  timeZone: string;
  author: string;
}

/** The draft checked against the clock and the sender's municipality; the effective sending moment. */
export async function checkDraft(db: DomainDeps["db"] | Prisma.TransactionClient, now: Date, actor: Actor, raw: AnnouncementInput) {
  requireRole(actor, ...SENDER_ROLES);
  const draft: AnnouncementDraft = parseInput(announcementInput, raw);
  if (draft.sendAt && draft.sendAt.getTime() < now.getTime() - 60_000) {
    throw new DomainError("invalid-input", { field: "sendAt", reason: "in-the-past" });
  }
  if (await foreignSchools(db, actor.municipalityId, draft.audience)) throw new DomainError("forbidden");
  const municipality = await db.municipality.findUniqueOrThrow({
    where: { id: actor.municipalityId },
    select: { timeZone: true, quietHoursStart: true, quietHoursEnd: true },
  });
  const sendAt = nextAllowedMoment(draft.sendAt && draft.sendAt > now ? draft.sendAt : now, municipality);
  if (draft.askAck && draft.ackDeadline && draft.ackDeadline <= sendAt) throw new DomainError("announcement-deadline-too-early");
  return { draft: { ...draft, ackDeadline: draft.askAck ? draft.ackDeadline : null }, sendAt, timeZone: municipality.timeZone };
}

export async function previewAnnouncement(deps: DomainDeps, actor: Actor, raw: AnnouncementInput): Promise<AnnouncementPreview> {
  const { draft, sendAt, timeZone } = await checkDraft(deps.db, deps.now(), actor, raw);
  const members = await audienceMembers(deps.db, actor.municipalityId, actor.personId, draft.audience);
  const blocked = members.filter((m) => m.blocked).length;
  const reachable = members.filter((m) => m.reachable).length;
  return {
    recipients: members.length,
    reachable,
    blocked,
    notRegistered: members.length - reachable - blocked,
    schoolsWithoutHead: await schoolsWithoutHead(deps.db, actor.municipalityId, draft.audience),
    sendAt: sendAt.toISOString(),
    timeZone,
    author: actor.displayName,
  };
}
