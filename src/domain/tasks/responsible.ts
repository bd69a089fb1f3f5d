// «Ответственные: руководители ОО, МОУО» → who gets the task. Phrases the bot knows: all school heads, the
// education department (officials), the methodological office (methodologists), a school by name, a member of
// staff by name. Anything else is kept as written for the sender to choose.

export interface Directory {
  schools: { id: number; name: string; shortName: string }[];
  /** officials and methodologists of the municipality */
  staff: { id: number; displayName: string; role: "OFFICIAL" | "METHODOLOGIST" | string }[];
}

export interface Assignees {
  /** every school of the municipality (all its heads) */
  allSchools: boolean;
  schoolIds: number[];
  personIds: number[];
  /** phrases not understood, as written */
  unknown: string[];
}

const ALL_HEADS = /(руководител|директор)\S*\s+(всех\s+)?(оо|оу|образовательн|общеобразовательн|школ)|^(все\s+)?(оо|школы|образовательные организации)$/;
const OFFICIALS = /^(моуо|уо|отдел\S*\s+образовани|управлени\S*\s+образовани|комитет\S*\s+(по\s+)?образовани|специалист\S*\s+моуо)/;
const METHODOLOGISTS = /(методическ\S*\s+(кабинет|служб|центр)|^ммс$|^ммц$|^методист)/;

export const emptyAssignees = (): Assignees => ({ allSchools: false, schoolIds: [], personIds: [], unknown: [] });

export function resolveResponsible(raw: string, directory: Directory): Assignees {
  const result = emptyAssignees();
  for (const phrase of splitPhrases(raw)) {
    const norm = normalise(phrase);
    if (ALL_HEADS.test(norm)) result.allSchools = true;
    else if (OFFICIALS.test(norm)) addStaff(result, directory, "OFFICIAL", phrase);
    else if (METHODOLOGISTS.test(norm)) addStaff(result, directory, "METHODOLOGIST", phrase);
    else {
      const school = directory.schools.find((s) => sameName(norm, s.shortName) || sameName(norm, s.name));
      const person = school ? undefined : directory.staff.find((p) => namesPerson(norm, p.displayName));
      if (school) pushOnce(result.schoolIds, school.id);
      else if (person) pushOnce(result.personIds, person.id);
      else result.unknown.push(phrase);
    }
  }
  if (result.allSchools) result.schoolIds = [];
  return result;
}

export function hasAnyone(a: Assignees): boolean {
  return a.allSchools || a.schoolIds.length > 0 || a.personIds.length > 0;
}

function addStaff(result: Assignees, directory: Directory, role: string, phrase: string): void {
  const people = directory.staff.filter((p) => p.role === role);
  if (people.length === 0) result.unknown.push(phrase);
  people.forEach((p) => pushOnce(result.personIds, p.id));
}

function splitPhrases(raw: string): string[] {
  return raw
    .split(/[,;\n]|\s+и\s+/)
    .map((p) => p.replace(/\s+/g, " ").trim().replace(/[.]+$/, ""))
    .filter((p) => p.length > 0);
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/ё/g, "е").replace(/[«»"“”]/g, "").replace(/\s+/g, " ").trim();
}

/** «СОШ №1», «Лихославльская СОШ №1», «МОУ «Лихославльская СОШ №1»» all name the same school. */
function sameName(phrase: string, name: string): boolean {
  const n = normalise(name).replace(/^моу\s+/, "");
  const p = phrase.replace(/^моу\s+/, "").replace(/№\s+/g, "№");
  const nn = n.replace(/№\s+/g, "№");
  return p === nn || (p.length >= 5 && (nn.endsWith(p) || p.endsWith(nn)));
}

/** «Смирнова Е.», «Е. Смирнова», «Смирнова Елена» name «Елена Смирнова». */
function namesPerson(phrase: string, displayName: string): boolean {
  const words = normalise(displayName).split(" ").filter((w) => w.length >= 3);
  const said = phrase.split(/[\s.]+/).filter((w) => w.length >= 3);
  return words.some((w) => said.includes(w)) && said.length > 0;
}

function pushOnce(list: number[], id: number): void {
  if (!list.includes(id)) list.push(id);
}
