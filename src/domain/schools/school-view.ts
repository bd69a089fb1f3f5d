export interface SchoolView {
  id: number;
  municipalityId: number;
  name: string;
  shortName: string;
}

export const schoolSelect = { id: true, municipalityId: true, name: true, shortName: true } as const;

/** Names are compared and stored with single spaces, so a re-import with stray spaces changes nothing. */
export const normalizeName = (s: string): string => s.trim().replace(/\s+/g, " ");
