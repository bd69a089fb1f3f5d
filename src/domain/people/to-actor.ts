import type { Actor } from "../actor.js";
import type { Person } from "../../generated/prisma/client.js";

export const actorSelect = {
  id: true,
  role: true,
  municipalityId: true,
  schoolId: true,
  language: true,
  displayName: true,
  revokedAt: true,
} as const;

export function toActor(person: Pick<Person, "id" | "role" | "municipalityId" | "schoolId" | "language" | "displayName">): Actor {
  return {
    personId: person.id,
    role: person.role,
    municipalityId: person.municipalityId,
    schoolId: person.schoolId,
    language: person.language,
    displayName: person.displayName,
  };
}
