import { importCalendar } from "../../domain/calendar/import-calendar.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { requiredString, type CliCommand } from "../command.js";
import { readText } from "./read-text.js";

export const calendarCommands: CliCommand[] = [
  {
    name: "calendar:import",
    usage: "--file calendar.csv [--country RU]",
    summary: "load a year's working-day calendar: CSV date,kind[,note], kind non-working|shortened|working; replaces the years in the file; all or nothing",
    options: { file: { type: "string" }, country: { type: "string" } },
    fields: { csv: "--file", country: "--country" },
    async run(ctx, values) {
      const file = requiredString(values, "file");
      const deps = await ctx.deps();
      const csv = await readText(file);
      const country = typeof values.country === "string" ? values.country : undefined;
      const result = await importCalendar(deps, systemActor, { csv, ...(country ? { country } : {}) });
      if (result.errors.length > 0) {
        for (const e of result.errors) ctx.err(`${file}:${e.line}: ${e.message}`);
        ctx.err(`error: nothing imported: ${result.errors.length} bad line${result.errors.length === 1 ? "" : "s"} in ${file}`);
        return 1;
      }
      ctx.out(`Calendar ${result.years.join(", ")}: ${result.days} day${result.days === 1 ? "" : "s"} that differ from an ordinary week`);
    },
  },
];
