import { systemActor } from "../../domain/people/system-actor.js";
import { importSchools } from "../../domain/schools/import-schools.js";
import { listSchools } from "../../domain/schools/list-schools.js";
import { requiredString, table, type CliCommand } from "../command.js";
import { readText } from "./read-text.js";
import { resolveMunicipality } from "./resolve.js";

export const schoolsCommands: CliCommand[] = [
  {
    name: "schools:import",
    usage: "--municipality <id|name> --file schools.csv",
    summary: "add or update schools from a CSV with the header name,short_name (or name;short_name); all or nothing",
    options: { municipality: { type: "string" }, file: { type: "string" } },
    fields: { municipality: "--municipality", csv: "--file", municipalityId: "--municipality" },
    async run(ctx, values) {
      const file = requiredString(values, "file");
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const csv = await readText(file);
      const result = await importSchools(deps, systemActor, { municipalityId: municipality.id, csv });
      if (result.errors.length > 0) {
        for (const e of result.errors) ctx.err(`${file}:${e.line}: ${e.message}`);
        ctx.err(`error: nothing imported: ${result.errors.length} bad line${result.errors.length === 1 ? "" : "s"} in ${file}`);
        return 1;
      }
      ctx.out(
        `Schools of ${municipality.name}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`,
      );
    },
  },
  {
    name: "schools:list",
    usage: "--municipality <id|name>",
    summary: "list the schools of a municipality",
    options: { municipality: { type: "string" } },
    fields: { municipality: "--municipality" },
    async run(ctx, values) {
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const schools = await listSchools(deps, systemActor, { municipalityId: municipality.id });
      if (schools.length === 0) {
        ctx.out(`${municipality.name} has no schools yet. Import them: npm run admin -- schools:import --municipality ${municipality.id} --file schools.csv`);
        return;
      }
      table([["ID", "SHORT NAME", "NAME"], ...schools.map((s) => [String(s.id), s.shortName, s.name])]).forEach((l) => ctx.out(l));
    },
  },
];
