import type { PrismaClient } from "../generated/prisma/client.js";

/** What every use case is handed: the store and the clock (tests move time; nothing reads Date.now directly). */
export interface DomainDeps {
  db: PrismaClient;
  now: () => Date;
}

export const systemClock = (): Date => new Date();
