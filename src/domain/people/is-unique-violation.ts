// A unique-key violation however the driver adapter reports it: Prisma's P2002 (PostgreSQL via adapter-pg,
// and PGlite outside transactions), or inside a PGlite transaction a DriverAdapterError whose cause carries
// SQLSTATE 23505. (src/domain/indicators has the same check; one could move to src/domain.)
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; cause?: { code?: unknown; kind?: unknown } };
  return e.code === "P2002" || e.cause?.code === "23505" || e.cause?.kind === "UniqueConstraintViolation";
}
