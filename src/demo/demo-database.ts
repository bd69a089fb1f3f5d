// The demo seeds invites whose codes are in this repository (demo-head1-invite …): whoever knows them could
// join as a head or an admin. So the demo and the chat sandbox seed only an empty database, which they then
// mark as a demo database; a database with anything else in it (a real deployment's --data folder) is refused.
import { recordAudit } from "../domain/audit/record-audit.js";
import type { DomainDeps } from "../domain/deps.js";

const DEMO_MARK = "demo.database";

export class RealDataRefused extends Error {
  constructor(municipalities: string[]) {
    super(
      `this database already holds data that is not the demo's (${municipalities.map((m) => `«${m}»`).join(", ")}). ` +
        "The demo adds invites with publicly known codes, so it runs only on an empty data folder or in memory: " +
        "leave out --data, or give a new folder (--data ./data-demo).",
    );
    this.name = "RealDataRefused";
  }
}

/** Passes for an empty database (marking it as the demo's) or one marked before; throws RealDataRefused otherwise. */
export async function claimDemoDatabase(deps: DomainDeps): Promise<void> {
  if (await deps.db.auditLog.findFirst({ where: { action: DEMO_MARK }, select: { id: true } })) return;
  const municipalities = await deps.db.municipality.findMany({ select: { name: true }, orderBy: { id: "asc" }, take: 3 });
  const people = await deps.db.person.count();
  if (municipalities.length > 0 || people > 0) throw new RealDataRefused(municipalities.map((m) => m.name));
  await recordAudit(deps.db, { at: deps.now(), actorId: null, action: DEMO_MARK, entity: "Database" });
}
