// The announcement as the sender composed it, checked at the domain's boundary: the typed text with its
// Telegram entities (bold, links … exactly as typed, never markup), attachments by Telegram file_id, the
// audience, whether «Ознакомлен» is asked and by when, and when the copies go.
import { z } from "zod";

/** Leaves room under Telegram's 4096 for the line the bot adds (deadline, «исправлено»). */
export const MAX_ANNOUNCEMENT_TEXT = 3800;
export const MAX_ATTACHMENTS = 10;

const ENTITY_TYPES = [
  "mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number", "bold", "italic", "underline",
  "strikethrough", "spoiler", "blockquote", "expandable_blockquote", "code", "pre", "text_link", "text_mention", "custom_emoji",
] as const;

export const entitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  offset: z.number().int().min(0),
  length: z.number().int().min(1),
  url: z.string().max(2048).optional(),
  language: z.string().max(64).optional(),
  custom_emoji_id: z.string().max(64).optional(),
  user: z.object({ id: z.number().int(), is_bot: z.boolean(), first_name: z.string() }).passthrough().optional(),
});

export type MessageEntity = z.infer<typeof entitySchema>;

export const audienceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("heads") }), // every head of the municipality
  z.object({ kind: z.literal("schools"), schoolIds: z.array(z.number().int().positive()).min(1, "no-schools").max(50_000) }),
  z.object({ kind: z.literal("role"), role: z.enum(["HEAD", "METHODOLOGIST", "OFFICIAL"]) }),
  z.object({ kind: z.literal("all") }), // everyone of the municipality
]);

export type Audience = z.infer<typeof audienceSchema>;

export const attachmentSchema = z.object({
  kind: z.enum(["document", "photo"]),
  fileId: z.string().min(1).max(300),
  fileName: z.string().max(300).optional(),
});

export const announcementInput = z
  .object({
    text: z.string().max(MAX_ANNOUNCEMENT_TEXT, "too-long").refine((s) => s.trim().length > 0, "required"),
    entities: z.array(entitySchema).max(500).default([]),
    attachments: z.array(attachmentSchema).max(MAX_ATTACHMENTS, "too-many").default([]),
    audience: audienceSchema,
    askAck: z.boolean().default(false),
    ackDeadline: z.coerce.date().nullable().default(null),
    /** null: now */
    sendAt: z.coerce.date().nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.entities.some((e) => e.offset + e.length > v.text.length)) ctx.addIssue({ code: "custom", path: ["entities"], message: "invalid" });
  });

export type AnnouncementInput = z.input<typeof announcementInput>;
export type AnnouncementDraft = z.output<typeof announcementInput>;

/**
 * The text the person typed and its entities, with surrounding blank space trimmed and the offsets moved to
 * match (Telegram counts offsets in UTF-16 units, as JavaScript strings do).
 */
export function trimWithEntities(text: string, entities: MessageEntity[]): { text: string; entities: MessageEntity[] } {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const moved = entities
    .map((e) => ({ ...e, offset: e.offset - lead }))
    .filter((e) => e.offset >= 0 && e.offset + e.length <= trimmed.length);
  return { text: trimmed, entities: moved };
}
