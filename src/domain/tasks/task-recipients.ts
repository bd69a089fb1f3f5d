// Who hears about an assignment: a school's heads (every one not revoked) or the named person.
import type { Prisma } from "../../generated/prisma/client.js";

export async function assigneePeople(
  tx: Prisma.TransactionClient,
  a: { schoolId: number | null; personId: number | null },
): Promise<number[]> {
  if (a.personId !== null) return [a.personId];
  const heads = await tx.person.findMany({
    where: { schoolId: a.schoolId ?? -1, role: "HEAD", revokedAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return heads.map((h) => h.id);
}
