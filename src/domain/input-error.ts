// One shape for bad input: DomainError("invalid-input", { field, reason, ...details }). `reason` is a kebab-case
// key; its text is `input-reason-<reason>` in locales/<language>/errors.ftl, so the bot says it in the person's
// language and the admin CLI prints the English one. zod schemas give their own reason as the message
// (`.max(365, "too-many-days")`); zod's generic issues are mapped to generic reasons here.
import type { z } from "zod";
import { DomainError } from "./errors.js";

export type InputDetails = Record<string, string | number>;

/** Every reason with a text (locales/<language>/errors.ftl, `input-reason-<reason>`); a test keeps them in step. */
export const INPUT_REASONS = [
  "required",
  "wrong-type",
  "not-whole",
  "too-short",
  "too-long",
  "too-small",
  "too-big",
  "too-few",
  "too-many",
  "bad-format",
  "not-one-of",
  "invalid",
  "in-the-past",
  "no-schools",
  "archived-indicator",
  "wrong-answer-kind",
  "not-a-telegram-id",
  "bad-invite-code",
  "unknown-school",
  "head-invite-needs-school",
  "school-only-for-head",
  "too-few-days",
  "too-many-days",
  "not-an-hour",
  "same-quiet-hours",
  "unknown-time-zone",
  "max-below-min",
  "repeated-indicator",
  "deadline-before-opening",
  "only-invisible",
] as const;
export type InputReason = (typeof INPUT_REASONS)[number];

export const isInputReason = (reason: string): reason is InputReason => (INPUT_REASONS as readonly string[]).includes(reason);


export function invalidInput(field: string, reason: InputReason, details: InputDetails = {}): DomainError {
  return new DomainError("invalid-input", { ...details, field, reason });
}

/** zod at the boundary of a use case: the parsed value, or invalid-input naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: () => GENERIC });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "input";
  if (issue.message !== GENERIC) return invalidInputFrom(field, issue.message, issue);
  return invalidInputFrom(field, genericReason(issue, valueAt(input, issue.path)), issue);
}

// Marks a message zod made up (the schema gave none), so the reason is derived from the issue's code.
const GENERIC = "\u0000generic";

function invalidInputFrom(field: string, reason: string, issue: z.core.$ZodIssue): never {
  // A schema's own message is a reason by convention; a stray sentence still reaches the CLI as it is.
  throw new DomainError("invalid-input", { ...detailsOf(issue), field, reason });
}

function genericReason(issue: z.core.$ZodIssue, value: unknown): InputReason {
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return "required";
      return issue.expected === "int" ? "not-whole" : "wrong-type";
    case "too_small":
      return issue.origin === "string" ? "too-short" : issue.origin === "array" || issue.origin === "set" ? "too-few" : "too-small";
    case "too_big":
      return issue.origin === "string" ? "too-long" : issue.origin === "array" || issue.origin === "set" ? "too-many" : "too-big";
    case "invalid_format":
      return "bad-format";
    case "invalid_value":
      return "not-one-of";
    default:
      return "invalid";
  }
}

function detailsOf(issue: z.core.$ZodIssue): InputDetails {
  const details: InputDetails = {};
  if ("minimum" in issue) details.minimum = Number(issue.minimum);
  if ("maximum" in issue) details.maximum = Number(issue.maximum);
  if (issue.code === "invalid_type") details.expected = issue.expected;
  if (issue.code === "invalid_format") details.format = issue.format;
  if (issue.code === "invalid_value") details.values = issue.values.map(String).join(", ");
  if (issue.code === "custom" && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) if (typeof value === "string" || typeof value === "number") details[key] = value;
  }
  return details;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}
