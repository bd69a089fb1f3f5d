// Wrong invite codes per Telegram account: 5 in an hour-long window, then silence until the window ends.
// The window opens at the first wrong code; a wrong code after it ended opens a new one.
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { isUniqueViolation } from "../is-unique-violation.js";

export const WRONG_CODES_PER_HOUR = 5;
const WINDOW_MS = 60 * 60 * 1000;

type Db = PrismaClient | Prisma.TransactionClient;

/** True while this account has used up its wrong codes for the current window. */
export async function isInviteThrottled(db: Db, telegramId: bigint, now: Date): Promise<boolean> {
  const row = await db.inviteThrottle.findUnique({ where: { telegramId } });
  return row !== null && row.failures >= WRONG_CODES_PER_HOUR && row.windowStart.getTime() + WINDOW_MS > now.getTime();
}

/** Counts one wrong code; concurrent wrong codes of one account each count (a conditional update, then upsert). */
export async function recordWrongInviteCode(db: Db, telegramId: bigint, now: Date): Promise<void> {
  const windowOpen = new Date(now.getTime() - WINDOW_MS);
  const counted = await db.inviteThrottle.updateMany({
    where: { telegramId, windowStart: { gt: windowOpen } },
    data: { failures: { increment: 1 } },
  });
  if (counted.count > 0) return;
  // No window, or an old one: this wrong code opens a new window.
  try {
    await db.inviteThrottle.upsert({
      where: { telegramId },
      create: { telegramId, windowStart: now, failures: 1 },
      update: { windowStart: now, failures: 1 },
    });
  } catch (error) {
    // Two first wrong codes at once: the other one created the row; count this one in it.
    if (!isUniqueViolation(error)) throw error;
    await db.inviteThrottle.update({ where: { telegramId }, data: { failures: { increment: 1 } } });
  }
}
