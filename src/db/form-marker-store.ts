// Where a head is in a form, kept in BotState (the bot's own state, beside the conversations') while the form runs. If the form is cut off (a long flood wait,
// an outage, a crash), the head's next typed line resumes it at that question instead of «Не понял сообщение».
import type { PrismaClient } from "../generated/prisma/client.js";

export interface FormMarker {
  campaignId: number;
  schoolId: number;
  index: number;
  /** ms since epoch; a marker older than a day is not resumed (the head has moved on). */
  at: number;
}

const MAX_AGE_MS = 24 * 3600_000;
const key = (personId: number) => `form-active:${personId}`;

export async function saveFormMarker(db: PrismaClient, personId: number, marker: FormMarker): Promise<void> {
  const value = JSON.stringify(marker);
  await db.botState.upsert({ where: { key: key(personId) }, create: { key: key(personId), value }, update: { value } });
}

export async function clearFormMarker(db: PrismaClient, personId: number): Promise<void> {
  await db.botState.deleteMany({ where: { key: key(personId) } });
}

export async function readFormMarker(db: PrismaClient, personId: number, now: Date): Promise<FormMarker | undefined> {
  const row = await db.botState.findUnique({ where: { key: key(personId) } });
  if (!row) return undefined;
  const marker = JSON.parse(row.value) as FormMarker;
  return now.getTime() - marker.at < MAX_AGE_MS ? marker : undefined;
}
