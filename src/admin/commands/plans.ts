// npm run admin -- plan:import: the same preview the bot shows a methodologist; --yes stores it.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createI18n, translator } from "../../bot/i18n.js";
import { DomainError } from "../../domain/errors.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { importPlan } from "../../domain/plans/import-plan.js";
import { preparePlanImport } from "../../domain/plans/prepare-plan-import.js";
import { previewHeader, previewItems, previewProblems } from "../../domain/plans/preview-lines.js";
import { CliUsageError, requiredString, type CliCommand } from "../command.js";
import { resolveMunicipality } from "./resolve.js";

const plain = (line: string) => line.replace(/<\/?b>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

export const planCommands: CliCommand[] = [
  {
    name: "plan:import",
    usage: "--municipality <id|name> --file plan.docx|.xlsx|.csv [--period 2022-2025] [--yes]",
    summary: "read a roadmap and print what was understood; with --yes store it (a re-import updates the plan) and make its tasks",
    options: { municipality: { type: "string" }, file: { type: "string" }, period: { type: "string" }, yes: { type: "boolean" } },
    fields: { municipality: "--municipality", municipalityId: "--municipality", period: "--period", fileName: "--file" },
    async run(ctx, values) {
      const file = requiredString(values, "file");
      const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
        throw new CliUsageError("--file", `cannot read "${file}" (${error.code ?? "unreadable"})`);
      });
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const t = translator(createI18n(() => "en") as never, "en");
      const input = { municipalityId: municipality.id, fileName: basename(file), bytes, ...(typeof values.period === "string" ? { period: values.period } : {}) };
      try {
        const preview = await preparePlanImport(deps, systemActor, input);
        for (const line of [...previewHeader(preview, t), "", ...previewItems(preview, t), "", ...previewProblems(preview, t)]) ctx.out(plain(line));
        if (!values.yes) {
          ctx.out("");
          ctx.out("Nothing stored. Run again with --yes to store the plan.");
          return;
        }
        const result = await importPlan(deps, systemActor, input);
        ctx.out("");
        ctx.out(`Plan #${result.planId} ${result.updated ? "updated" : "stored"}: ${result.items} items, ${result.sections} sections; ${result.tasks} new tasks (${result.assignments} assignments)`);
      } catch (error) {
        if (error instanceof DomainError && error.code.startsWith("plan-")) {
          ctx.err(`error: ${file}: ${plain(t(`error-${error.code}`, error.params))}`);
          return 1;
        }
        throw error;
      }
    },
  },
];
