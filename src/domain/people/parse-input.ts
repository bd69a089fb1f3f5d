// zod at the boundary of every use case: a bad input becomes DomainError("invalid-input", { field, problem })
// so the bot and the CLI can name the field without knowing zod.
import type { z } from "zod";
import { DomainError } from "../errors.js";

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new DomainError("invalid-input", {
    field: issue?.path.map(String).join(".") || "input",
    problem: issue?.message ?? "invalid",
  });
}
