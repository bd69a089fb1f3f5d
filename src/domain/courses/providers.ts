// Who ran a programme. The five organisations the roadmaps name, plus "other" with its name kept as typed.
import type { CourseFormat, CourseProvider } from "../../generated/prisma/enums.js";
import { textKey } from "./text-key.js";

export const PROVIDERS: readonly CourseProvider[] = ["TOIUU", "IRO", "RIPK", "CNPPMPR", "ACADEMY", "OTHER"];
export const FORMATS: readonly CourseFormat[] = ["IN_PERSON", "REMOTE", "BLENDED"];

/** The names as documents write them (the same in both languages: they are proper names). */
export const PROVIDER_LABEL: Record<CourseProvider, string> = {
  TOIUU: "ТОИУУ",
  IRO: "ИРО",
  RIPK: "РИПК и ППРО",
  CNPPMPR: "ЦНППМПР",
  ACADEMY: "Академия Минпросвещения",
  OTHER: "Другая организация",
};

const PROVIDER_ALIASES: Record<string, CourseProvider> = {
  тоиуу: "TOIUU",
  "гбоу дпо тоиуу": "TOIUU",
  toiuu: "TOIUU",
  иро: "IRO",
  iro: "IRO",
  "рипк и ппро": "RIPK",
  рипк: "RIPK",
  ripk: "RIPK",
  цнппмпр: "CNPPMPR",
  cnppmpr: "CNPPMPR",
  "академия минпросвещения": "ACADEMY",
  "академия минпросвещения россии": "ACADEMY",
  академия: "ACADEMY",
  academy: "ACADEMY",
  другая: "OTHER",
  "другая организация": "OTHER",
  другое: "OTHER",
  other: "OTHER",
};

/** A provider named in a cell or a message, or undefined when it is none of the known ones. */
export function parseProvider(text: string): CourseProvider | undefined {
  const code = text.trim().toUpperCase();
  return PROVIDER_ALIASES[textKey(text)] ?? PROVIDERS.find((p) => p === code);
}

export const FORMAT_LABEL_RU: Record<CourseFormat, string> = { IN_PERSON: "очно", REMOTE: "дистанционно", BLENDED: "очно-заочно" };

const FORMAT_ALIASES: Record<string, CourseFormat> = {
  очно: "IN_PERSON",
  очная: "IN_PERSON",
  дистанционно: "REMOTE",
  дистанционная: "REMOTE",
  заочно: "REMOTE",
  онлайн: "REMOTE",
  "очно заочно": "BLENDED",
  "очно заочная": "BLENDED",
  смешанная: "BLENDED",
  in_person: "IN_PERSON",
  remote: "REMOTE",
  blended: "BLENDED",
};

export function parseFormat(text: string): CourseFormat | undefined {
  return FORMAT_ALIASES[textKey(text)] ?? FORMAT_ALIASES[text.trim().toLowerCase()];
}

/** Tags the summary splits by; a topic tag is "topic:<words>". */
export const TAG_FEDERAL = "federal-priority";
export const TAG_PERSONALISED = "personalised";
