// A unique-key violation, however the driver adapter reports it: PostgreSQL through @prisma/adapter-pg (and
// PGlite outside transactions) give Prisma's P2002; inside a PGlite transaction the SQLSTATE 23505 is in `cause`.
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; cause?: { code?: unknown; kind?: unknown } };
  return e.code === "P2002" || e.cause?.code === "23505" || e.cause?.kind === "UniqueConstraintViolation";
}
