// zod pieces the campaign use cases share.
import { z } from "zod";

export const idSchema = z.number().int().positive();

/** A moment: a Date, or its ISO form as it comes back from the bot's conversation state. */
export const momentSchema = z.union([z.date(), z.iso.datetime({ offset: true }).transform((s) => new Date(s))]);

export { parseInput } from "../input-error.js";
