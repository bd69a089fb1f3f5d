// Schools from a CSV export (header `name,short_name`, or `;`-separated as Russian Excel writes it).
// All or nothing: one bad line imports nothing, and every bad line is reported, so the admin fixes the file
// once instead of discovering problems one run at a time. Re-importing the same file changes nothing.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, requireAdminOf, type Caller } from "../people/system-actor.js";
import { readCsv } from "./read-csv.js";
import { normalizeName } from "./school-view.js";

export const MAX_NAME = 300;
// Short names go on buttons and in digests.
export const MAX_SHORT_NAME = 64;

const inputSchema = z.object({
  municipalityId: z.number().int().positive(),
  csv: z.string().max(2_000_000, "the file is larger than 2 MB"),
});

export interface ImportSchoolsResult {
  created: number;
  /** existing schools (same name) whose short name changed */
  updated: number;
  /** existing schools the file lists unchanged */
  unchanged: number;
  /** non-empty: nothing was imported */
  errors: { line: number; message: string }[];
}

const HEADER_ALIASES: Record<string, "name" | "short_name"> = {
  name: "name",
  full_name: "name",
  наименование: "name",
  название: "name",
  полное_наименование: "name",
  short_name: "short_name",
  shortname: "short_name",
  short: "short_name",
  краткое_наименование: "short_name",
  краткое_название: "short_name",
  сокращенное_наименование: "short_name",
  сокращённое_наименование: "short_name",
};

interface Row {
  line: number;
  name: string;
  shortName: string;
}

export async function importSchools(
  deps: DomainDeps,
  caller: Caller,
  input: { municipalityId: number; csv: string },
): Promise<ImportSchoolsResult> {
  const { municipalityId, csv } = parseInput(inputSchema, input);
  requireAdminOf(caller, municipalityId);
  const municipality = await deps.db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } });
  if (!municipality) throw new DomainError("not-found", { entity: "municipality", ref: String(municipalityId) });

  const parsed = parseRows(csv);
  const errors = [...parsed.errors];
  const existing = await deps.db.school.findMany({ where: { municipalityId }, select: { id: true, name: true, shortName: true } });
  const existingByName = new Map(existing.map((s) => [s.name, s]));

  errors.push(...shortNameClashes(existing, parsed));

  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    return { created: 0, updated: 0, unchanged: 0, errors };
  }

  const toCreate = parsed.rows.filter((r) => !existingByName.has(r.name));
  const toUpdate = parsed.rows.filter((r) => {
    const school = existingByName.get(r.name);
    return school !== undefined && school.shortName !== r.shortName;
  });
  const result: ImportSchoolsResult = {
    created: toCreate.length,
    updated: toUpdate.length,
    unchanged: parsed.rows.length - toCreate.length - toUpdate.length,
    errors: [],
  };
  if (toCreate.length === 0 && toUpdate.length === 0) return result;

  await deps.db.$transaction(async (tx) => {
    if (toCreate.length > 0) {
      await tx.school.createMany({ data: toCreate.map((r) => ({ municipalityId, name: r.name, shortName: r.shortName })) });
    }
    for (const row of toUpdate) {
      await tx.school.update({ where: { id: existingByName.get(row.name)!.id }, data: { shortName: row.shortName } });
    }
    await recordAudit(tx, {
      at: deps.now(),
      actorId: auditActorId(caller),
      action: "schools.import",
      entity: "Municipality",
      entityId: municipalityId,
      data: { created: result.created, updated: result.updated, unchanged: result.unchanged },
    });
  });
  return result;
}

/** Short names identify schools in the bot and the CLI, so they must stay unique once the file is applied. */
function shortNameClashes(existing: Array<{ name: string; shortName: string }>, parsed: { rows: Row[]; names: Set<string> }): ImportSchoolsResult["errors"] {
  const finalShort = new Map(existing.map((s) => [s.name, s.shortName]));
  for (const row of parsed.rows) finalShort.set(row.name, row.shortName);
  const ownerOfShort = new Map<string, string[]>();
  for (const [name, short] of finalShort) {
    const key = short.toLowerCase();
    ownerOfShort.set(key, [...(ownerOfShort.get(key) ?? []), name]);
  }
  return parsed.rows.flatMap((row) => {
    const other = ownerOfShort.get(row.shortName.toLowerCase())?.find((name) => name !== row.name && !parsed.names.has(name));
    return other ? [{ line: row.line, message: `short_name "${row.shortName}" is already used by "${other}"` }] : [];
  });
}

function parseRows(csv: string): { rows: Row[]; names: Set<string>; errors: ImportSchoolsResult["errors"] } {
  const { records, errors } = readCsv(csv);
  const [header, ...data] = records;
  if (!header) {
    return { rows: [], names: new Set(), errors: [...errors, { line: 1, message: "the file is empty: expected a header name,short_name" }] };
  }
  const columns = header.fields.map((f) => HEADER_ALIASES[f.trim().toLowerCase().replace(/[\s-]+/g, "_")]);
  const nameAt = columns.indexOf("name");
  const shortAt = columns.indexOf("short_name");
  if (nameAt < 0 || shortAt < 0) {
    const found = header.fields.map((f) => f.trim()).join(header.fields.length > 1 ? ", " : "");
    return {
      rows: [],
      names: new Set(),
      errors: [...errors, { line: header.line, message: `the header must name the columns name and short_name (found: ${found || "nothing"})` }],
    };
  }
  if (data.length === 0 && errors.length === 0) errors.push({ line: header.line, message: "no schools after the header" });

  const rows: Row[] = [];
  const firstLineOfName = new Map<string, number>();
  const firstLineOfShort = new Map<string, number>();
  for (const record of data) {
    const width = header.fields.length;
    const extra = record.fields.slice(width);
    if (record.fields.length < width || extra.some((f) => f.trim() !== "")) {
      errors.push({
        line: record.line,
        message: `expected ${width} fields, found ${record.fields.length} (a name with a comma or semicolon must be in "quotes")`,
      });
      continue;
    }
    const name = normalizeName(record.fields[nameAt] ?? "");
    const shortName = normalizeName(record.fields[shortAt] ?? "");
    const problems: string[] = [];
    if (!name) problems.push("name is empty");
    else if (name.length > MAX_NAME) problems.push(`name is longer than ${MAX_NAME} characters`);
    if (!shortName) problems.push("short_name is empty");
    else if (shortName.length > MAX_SHORT_NAME) problems.push(`short_name is longer than ${MAX_SHORT_NAME} characters`);
    const sameName = name ? firstLineOfName.get(name) : undefined;
    if (sameName !== undefined) problems.push(`the same name as line ${sameName}`);
    const sameShort = shortName ? firstLineOfShort.get(shortName.toLowerCase()) : undefined;
    if (sameShort !== undefined && sameName === undefined) problems.push(`the same short_name as line ${sameShort}`);
    if (problems.length > 0) {
      errors.push({ line: record.line, message: problems.join("; ") });
      continue;
    }
    firstLineOfName.set(name, record.line);
    firstLineOfShort.set(shortName.toLowerCase(), record.line);
    rows.push({ line: record.line, name, shortName });
  }
  return { rows, names: new Set(rows.map((r) => r.name)), errors };
}
