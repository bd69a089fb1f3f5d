import { createIndicator } from "../../domain/indicators/create-indicator.js";
import { listIndicators } from "../../domain/indicators/list-indicators.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { CliUsageError, optionalString, requiredString, table, type CliCommand } from "../command.js";
import { resolveMunicipality } from "./resolve.js";

const KINDS = ["share", "count", "boolean", "text"] as const;

function optionalNumber(values: Record<string, string | boolean | undefined>, name: string): number | null {
  const text = optionalString(values, name);
  if (text === undefined) return null;
  const number = Number(text.replace(",", "."));
  if (!Number.isFinite(number)) throw new CliUsageError(`--${name}`, `expected a number, got "${text}"`);
  return number;
}

export const indicatorCommands: CliCommand[] = [
  {
    name: "indicator:add",
    usage: '--municipality <id|name> --code MENTORS_TRAINED --kind share|count|boolean|text --title "…" [--title-en "…"] [--hint "…"] [--min 0] [--max 100] [--decimal]',
    summary: "add an indicator of the municipality's own, to pick in campaigns next to the shared catalogue",
    options: {
      municipality: { type: "string" },
      code: { type: "string" },
      kind: { type: "string" },
      title: { type: "string" },
      "title-en": { type: "string" },
      hint: { type: "string" },
      min: { type: "string" },
      max: { type: "string" },
      decimal: { type: "boolean" },
    },
    fields: { code: "--code", kind: "--kind", titleRu: "--title", titleEn: "--title-en", helpRu: "--hint", minValue: "--min", maxValue: "--max" },
    async run(ctx, values) {
      const kind = requiredString(values, "kind").toLowerCase();
      if (!(KINDS as readonly string[]).includes(kind)) throw new CliUsageError("--kind", `expected one of ${KINDS.join(", ")}, got "${kind}"`);
      const input = {
        code: requiredString(values, "code"),
        kind: kind.toUpperCase() as "SHARE" | "COUNT" | "BOOLEAN" | "TEXT",
        titleRu: requiredString(values, "title"),
        titleEn: optionalString(values, "title-en"),
        helpRu: optionalString(values, "hint") ?? "",
        integer: values.decimal !== true,
        minValue: optionalNumber(values, "min"),
        maxValue: optionalNumber(values, "max"),
      };
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const created = await createIndicator(deps, systemActor, { ...input, municipalityId: municipality.id });
      ctx.out(`Created indicator ${created.code} (${created.kind.toLowerCase()}) for ${municipality.name}: ${created.titleRu}`);
    },
  },
  {
    name: "indicator:list",
    usage: "[--municipality <id|name>]",
    summary: "list the indicators a municipality can use (the shared catalogue and its own)",
    options: { municipality: { type: "string" } },
    async run(ctx, values) {
      const deps = await ctx.deps();
      const municipalityId = values.municipality === undefined ? undefined : (await resolveMunicipality(deps, values)).id;
      const rows = await listIndicators(deps, systemActor, { municipalityId });
      table([["CODE", "KIND", "OWN", "TITLE"], ...rows.map((i) => [i.code, i.kind.toLowerCase(), i.municipalityId === null ? "" : "yes", i.titleRu])]).forEach((line) =>
        ctx.out(line),
      );
    },
  },
];
