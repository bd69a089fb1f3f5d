import { createMunicipality } from "../../domain/municipalities/create-municipality.js";
import { listMunicipalities } from "../../domain/municipalities/list-municipalities.js";
import { formatQuietHours, parseQuietHours } from "../../domain/municipalities/quiet-hours.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { seedIndicatorCatalogue } from "../../domain/indicators/seed-indicator-catalogue.js";
import { CliUsageError, optionalString, requiredString, table, type CliCommand } from "../command.js";

const quietLabel = (m: { quietHoursStart: number; quietHoursEnd: number }) =>
  formatQuietHours({ start: m.quietHoursStart, end: m.quietHoursEnd });

export const municipalityCommands: CliCommand[] = [
  {
    name: "municipality:add",
    usage: '--name "Лихославльский муниципальный округ" --tz Europe/Moscow [--quiet 21-9]',
    summary: "add a municipality with its IANA time zone and reminder quiet hours (default 21-9)",
    options: { name: { type: "string" }, tz: { type: "string" }, quiet: { type: "string" } },
    fields: { name: "--name", timeZone: "--tz", quietHours: "--quiet" },
    async run(ctx, values) {
      const name = requiredString(values, "name");
      const timeZone = requiredString(values, "tz");
      const quietText = optionalString(values, "quiet");
      const quietHours = quietText === undefined ? undefined : parseQuietHours(quietText);
      if (quietText !== undefined && !quietHours) {
        throw new CliUsageError("--quiet", `expected two different hours like 21-9 (from 21:00 to 09:00), got "${quietText}"`);
      }
      const deps = await ctx.deps();
      const created = await createMunicipality(deps, systemActor, { name, timeZone, quietHours });
      ctx.out(`Created municipality ${created.id}: ${created.name} (${created.timeZone}, quiet hours ${quietLabel(created)})`);
      // A methodologist's first campaign needs indicators to pick: the standard catalogue, shared by all.
      const catalogue = await seedIndicatorCatalogue(deps);
      if (catalogue.created.length > 0) ctx.out(`Added the standard indicator catalogue (${catalogue.created.length} indicators).`);
    },
  },
  {
    name: "municipality:list",
    usage: "",
    summary: "list municipalities with their schools and active people",
    options: {},
    async run(ctx) {
      const rows = await listMunicipalities(await ctx.deps(), systemActor);
      if (rows.length === 0) {
        ctx.out('No municipalities yet. Add one: npm run admin -- municipality:add --name "…" --tz Europe/Moscow');
        return;
      }
      const lines = table([
        ["ID", "NAME", "TIME ZONE", "QUIET HOURS", "SCHOOLS", "PEOPLE"],
        ...rows.map((m) => [String(m.id), m.name, m.timeZone, quietLabel(m), String(m.schools), String(m.people)]),
      ]);
      lines.forEach((line) => ctx.out(line));
    },
  },
];
