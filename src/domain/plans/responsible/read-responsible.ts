// Who is responsible, as the roadmaps write it: «МОУО, ОО», «Абдуллаева Л.Г.\nруководители ОО»,
// «Иванова И.И., методист». Each part becomes a group (every school's heads, the municipality's staff), a named
// person, or text kept as written for the methodologist to match — never dropped.

export type ResponsibleKind =
  | "SCHOOL_HEADS" // «ОО», «руководители ОО»: every school's heads
  | "OFFICIALS" // «МОУО», «Управление образования», «МКУ УО»: staff of the municipality's department
  | "METHODOLOGISTS" // «ММС», «методический кабинет»
  | "PERSON" // «Абдуллаева Л.Г.»: a named person, matched to a registered one when possible
  | "OTHER"; // «методические объединения»: kept as text

export interface ResponsiblePart {
  kind: ResponsibleKind;
  /** the part as written */
  text: string;
  /** PERSON: surname and initials as written («Иванова И.И.»), for matching */
  name: string | null;
}

// Latin letters that look Cyrillic: «MOУO» in the Лихославль plan is typed with Latin M and O.
const LOOKALIKES: Record<string, string> = { A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", Y: "У" };

export function toCyrillic(text: string): string {
  return text.replace(/[ABCEHKMOPTXY](?=[A-ZА-ЯЁ]|\b|$)|(?<=[А-ЯЁ])[ABCEHKMOPTXY]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

const GROUPS: [RegExp, ResponsibleKind][] = [
  [/^(?:руководител[иья]|директор[аы]?|администрация)?\s*(?:всех\s+)?(?:оо|оу|моу|образовательн(?:ые|ых) организаци[йи]|школ[ы]?|общеобразовательн(?:ые|ых) организаци[йи])$/, "SCHOOL_HEADS"],
  [/^(?:специалист[ыа]?\s+)?(?:моуо|мкуо|мку уо|уо|оо администрации|отдел образования|управление образования|комитет по образованию)(?:\s.*)?$/, "OFFICIALS"],
  [/^(?:специалист[ыа]?\s+)?(?:ммс|мс|имц|ммц|методический кабинет|методическ(?:ая|ий) (?:служба|центр)|методист[ыа]?(?: .*)?)$/, "METHODOLOGISTS"],
];

// «Иванова И.И.», «Иванова И. И.», «И.И. Иванова»
const NAMED = /^([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+([А-ЯЁ])\.\s*([А-ЯЁ])\.?$|^([А-ЯЁ])\.\s*([А-ЯЁ])\.\s*([А-ЯЁ][а-яё]+)$/;
const POSITION = /^(?:методист|специалист|заместитель|начальник|руководитель|директор|заведующ|главный|ведущий|педагог|председатель)/i;

export function readResponsible(text: string): ResponsiblePart[] {
  const pieces = text.split(/[\n,;]+/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  const parts: ResponsiblePart[] = [];
  for (const piece of pieces) {
    const previous = parts[parts.length - 1];
    // «Иванова И.И., методист»: the position belongs to the person before it.
    if (previous?.kind === "PERSON" && isPosition(piece)) {
      previous.text = `${previous.text}, ${piece}`;
      continue;
    }
    parts.push(readPart(piece));
  }
  return parts;
}

/** «методист», «заместитель директора» — one person's position; a plural («методисты», «руководители ОО») is a group. */
function isPosition(piece: string): boolean {
  const firstWord = piece.split(" ")[0]!.toLowerCase();
  return POSITION.test(piece) && !/[ыи]$/.test(firstWord);
}

function readPart(piece: string): ResponsiblePart {
  const cyrillic = toCyrillic(piece);
  const key = cyrillic.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  const group = GROUPS.find(([pattern]) => pattern.test(key));
  if (group) return { kind: group[1], text: piece, name: null };
  const named = NAMED.exec(cyrillic.replace(/\s+/g, " "));
  if (named) {
    const [surname, first, middle] = named[1] ? [named[1], named[2]!, named[3]!] : [named[6]!, named[4]!, named[5]!];
    return { kind: "PERSON", text: piece, name: `${surname} ${first}.${middle}.` };
  }
  return { kind: "OTHER", text: piece, name: null };
}

/**
 * Whether a registered person's display name is this named person: same surname, and the initials agree
 * with the first and middle names where the display name has them («Иванова Ирина Ивановна», «Ирина Иванова»).
 */
export function nameMatches(name: string, displayName: string): boolean {
  const [surname, initials = ""] = name.split(" ");
  const letters = initials.replace(/\./g, "");
  const words = displayName.replace(/ё/gi, "е").split(/\s+/).filter(Boolean);
  const norm = (w: string) => w.toLowerCase().replace(/ё/g, "е");
  const at = words.findIndex((w) => norm(w) === norm(surname!));
  if (at < 0) return false;
  const others = words.filter((_, i) => i !== at);
  return others.every((w, i) => !letters[i] || w[0]?.toUpperCase() === letters[i]);
}
