// zod pieces the campaign use cases share.
import { z } from "zod";
import { DomainError } from "../errors.js";

export const idSchema = z.number().int().positive();

/** A moment: a Date, or its ISO form as it comes back from the bot's conversation state. */
export const momentSchema = z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))]);

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("invalid-input", { field: issue?.path.join(".") ?? "", reason: issue?.message ?? "" });
  }
  return parsed.data;
}
