// A pasted «РЕШИЛИ» block (or a .docx's text) → decisions to preview: each with its deadline read and its
// responsible resolved against the municipality's schools and staff. Nothing is stored.
import { z } from "zod";
import { requireRole, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { isoDate, parseProtocolDeadline, type CalendarDate } from "./protocol-deadline.js";
import { resolveResponsible, type Assignees } from "./responsible.js";
import { splitDecisions } from "./split-decisions.js";
import { STAFF_ROLES } from "./task-access.js";
import { loadDirectory } from "./task-directory.js";

export type DraftDeadline = { kind: "date"; date: string /* YYYY-MM-DD */ } | { kind: "standing" } | { kind: "unreadable"; raw: string };

/** A decision as the sender will confirm it; plain JSON, so a conversation can keep it. */
export interface DecisionDraft {
  number: number;
  text: string;
  deadline: DraftDeadline;
  responsibleText: string;
  assignees: Assignees;
}

const inputSchema = z.object({
  text: z.string().max(100_000),
  /** YYYY-MM-DD of the meeting: the year of «до 1 сентября» without one */
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export async function readProtocol(deps: DomainDeps, actor: Actor, input: z.input<typeof inputSchema>): Promise<DecisionDraft[]> {
  requireRole(actor, ...STAFF_ROLES);
  const data = parseInput(inputSchema, input);
  const split = splitDecisions(data.text);
  if (split.length === 0) throw new DomainError("task-protocol-empty");
  const directory = await loadDirectory(deps.db, actor.municipalityId);
  const reference = data.heldOn ? calendar(data.heldOn) : undefined;
  return split.map((d) => ({
    number: d.number,
    text: d.text,
    deadline: draftDeadline(d.deadlineText, reference),
    responsibleText: d.responsibleText,
    assignees: resolveResponsible(d.responsibleText, directory),
  }));
}

export function draftDeadline(raw: string, reference?: CalendarDate): DraftDeadline {
  if (raw.trim() === "") return { kind: "unreadable", raw: "" };
  const parsed = parseProtocolDeadline(raw, reference);
  return parsed.kind === "date" ? { kind: "date", date: isoDate(parsed.date) } : parsed;
}

function calendar(iso: string): CalendarDate {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}
