import { cleanText } from "../text/clean-text.js";

export interface SchoolView {
  id: number;
  municipalityId: number;
  name: string;
  shortName: string;
}

export const schoolSelect = { id: true, municipalityId: true, name: true, shortName: true } as const;

/** Names are compared and stored with single spaces, so a re-import with stray spaces changes nothing. */
/** Single spaces, no control characters; "" when only invisible characters were there. */
export const normalizeName = (s: string): string => cleanText(s).replace(/\s+/g, " ");
