import type { Invite, Prisma } from "../../generated/prisma/client.js";
import { INVITE_CODE_SHAPE } from "./invite-code.js";

/**
 * The invite behind a code as a person typed or tapped it, or null. Generated codes are upper-case, so a code
 * retyped in lower case is tried upper-cased too (the demo's codes are lower-case and match exactly).
 */
export async function findInviteByCode(db: Pick<Prisma.TransactionClient, "invite">, raw: string): Promise<Invite | null> {
  const code = raw.trim();
  if (!INVITE_CODE_SHAPE.test(code)) return null;
  const exact = await db.invite.findUnique({ where: { code } });
  if (exact || code === code.toUpperCase()) return exact;
  return db.invite.findUnique({ where: { code: code.toUpperCase() } });
}
