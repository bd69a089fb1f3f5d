// What a CLI command is, and the small helpers the command files share.
import type { DomainDeps } from "../domain/deps.js";
import type { Role } from "../generated/prisma/enums.js";

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliContext extends CliIo {
  /** Opens the database on first use, so `help` and bad input never touch it. */
  deps: () => Promise<DomainDeps>;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CliCommand {
  name: string;
  /** the options part of the usage line */
  usage: string;
  summary: string;
  options: Record<string, { type: "string" | "boolean" }>;
  /** domain input field (or not-found entity) → the option to name in an error message */
  fields?: Record<string, string>;
  run(ctx: CliContext, values: OptionValues): Promise<number | void>;
}

/** Bad input the command itself detected; printed as one line naming the option. */
export class CliUsageError extends Error {
  constructor(
    readonly option: string | undefined,
    message: string,
  ) {
    super(option ? `${option}: ${message}` : message);
    this.name = "CliUsageError";
  }
}

export function requiredString(values: OptionValues, name: string): string {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new CliUsageError(undefined, `--${name} is required`);
  return value.trim();
}

export function optionalString(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") throw new CliUsageError(`--${name}`, "needs a value");
  return value.trim();
}

export function positiveInt(option: string, text: string): number {
  if (!/^\d{1,9}$/.test(text) || Number(text) === 0) throw new CliUsageError(option, `expected a positive whole number, got "${text}"`);
  return Number(text);
}

const ROLES: Record<string, Role> = { head: "HEAD", methodologist: "METHODOLOGIST", official: "OFFICIAL", admin: "ADMIN" };

export function parseRole(text: string): Role {
  const role = ROLES[text.trim().toLowerCase()];
  if (!role) throw new CliUsageError("--role", `expected head, methodologist, official or admin, got "${text}"`);
  return role;
}

export const roleLabel = (role: Role): string => role.toLowerCase();

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function table(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ").trimEnd());
}
