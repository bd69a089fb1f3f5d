// The «РЕШИЛИ» block of a protocol, split into its numbered decisions, each with the text of its «Срок: …» and
// «Отв.: …» / «Ответственные: …». Pure text in, plain data out; nothing is resolved or stored here.

export interface SplitDecision {
  number: number;
  text: string;
  /** as written after «Срок:», or "" when the item has none */
  deadlineText: string;
  /** as written after «Отв.:» / «Ответственные:», or "" when the item has none */
  responsibleText: string;
}

const HEADING = /^\s*(решили|постановили|решено)\s*[:.]?(?=\s|$)/im;
// "1." / "1)" / "1.Провести" — but not "30.06.2023" (a digit right after the dot).
const ITEM = /^\s*(\d{1,2})\s*[.)](?!\d)\s*/;
const DEADLINE_LABEL = /(?:^|[\s.;,])(срок(?:и)?(?:\s+исполнения)?)\s*[:–—-]\s*/i;
const RESPONSIBLE_LABEL = /(?:^|[\s.;,])(отв(?:етственн(?:ые|ый|ая|ое))?\.?|исполнител(?:и|ь))\s*[:–—-]\s*/i;
// Word's artefacts that survive a copy or a conversion.
const NOISE = /\[bookmark:[^\]]*\]/gi;

/**
 * Splits a pasted protocol (or just its decisions) into numbered decisions. Text above the «Решили» heading is
 * ignored when the heading is there; numbers must run 1, 2, 3… so a line starting with a number inside a
 * decision stays part of it.
 */
export function splitDecisions(protocol: string): SplitDecision[] {
  const cleaned = protocol.replace(/\r\n?/g, "\n").replace(NOISE, "").replace(/\u00a0/g, " ");
  const heading = HEADING.exec(cleaned);
  const block = heading ? cleaned.slice(heading.index + heading[0].length) : cleaned;

  const items: { number: number; lines: string[] }[] = [];
  for (const line of block.split("\n")) {
    const match = ITEM.exec(line);
    const expected = (items.at(-1)?.number ?? 0) + 1;
    if (match && Number(match[1]) === expected) items.push({ number: expected, lines: [line.slice(match[0].length)] });
    else if (items.length > 0) items.at(-1)!.lines.push(line);
  }
  return items.map((item) => readItem(item.number, item.lines.join("\n")));
}

function readItem(number: number, body: string): SplitDecision {
  const deadline = DEADLINE_LABEL.exec(body);
  const responsible = RESPONSIBLE_LABEL.exec(body);
  const labels = [deadline, responsible].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index);
  const textEnd = labels[0]?.index ?? body.length;
  const valueOf = (m: RegExpExecArray | null): string => {
    if (!m) return "";
    const start = m.index + m[0].length;
    const next = labels.find((l) => l.index > m.index);
    return tidyValue(body.slice(start, next ? next.index : body.length));
  };
  return {
    number,
    text: tidy(body.slice(0, textEnd)),
    deadlineText: valueOf(deadline),
    responsibleText: valueOf(responsible),
  };
}

function tidy(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** A label's value ends at the next label or the item's end; its closing dot is punctuation, not content. */
function tidyValue(s: string): string {
  return tidy(s).replace(/[.;,]+$/, "").trim();
}
