import type { MessageEntity } from "grammy/types";
import { badRequest } from "./api-error.js";

/** Message text as Telegram stores it: plain text plus formatting entities. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/** Telegram reports parse errors at UTF-8 byte offsets. */
export function byteOffset(source: string, index: number): number {
  return Buffer.byteLength(source.slice(0, index), "utf8");
}

/** Outer entities first, as Telegram orders them. */
export function sortEntities(entities: MessageEntity[]): MessageEntity[] {
  return [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
}

/**
 * Telegram strips leading and trailing whitespace from message texts;
 * entities shift and shrink with it, and empty ones disappear.
 */
export function trimFormatted({ text, entities }: FormattedText): FormattedText {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const shifted = entities.flatMap((entity) => {
    const start = Math.max(0, entity.offset - lead);
    const end = Math.min(trimmed.length, entity.offset + entity.length - lead);
    return end > start ? [{ ...entity, offset: start, length: end - start }] : [];
  });
  return { text: trimmed, entities: shifted };
}

/** An entity before its position is known (a distributive Omit keeps each variant's fields). */
export type EntityShape = MessageEntity extends infer E
  ? E extends MessageEntity
    ? Omit<E, "offset" | "length">
    : never
  : never;

export function placeEntity(shape: EntityShape, offset: number, length: number): MessageEntity {
  return { ...shape, offset, length };
}

/** The 400 Telegram answers for malformed formatting. */
export function failParsing(reason: string): never {
  throw badRequest(`can't parse entities: ${reason}`);
}
