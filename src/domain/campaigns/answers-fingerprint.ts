// What a head reviewed, in one comparable string: each asked indicator's stored answer (or its absence). Submit
// compares it with the answers as they are at that moment, so another head's edit in between is never sent unseen.
import { createHash } from "node:crypto";
import type { AnswerValue } from "../indicators/answer-value.js";

export interface FingerprintEntry {
  indicatorId: number;
  value: AnswerValue | null;
  skipped: boolean;
}

export function answersFingerprint(entries: readonly FingerprintEntry[]): string {
  const canonical = entries.map((e) => [e.indicatorId, e.value, e.skipped]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("base64url").slice(0, 22);
}
