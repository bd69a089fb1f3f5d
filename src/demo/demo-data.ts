// The demo municipality: real school names of the Likhoslavl district (seeds/), invented people.
import type { Role } from "../generated/prisma/enums.js";

export const DEMO_MUNICIPALITY = { name: "Лихославльский муниципальный округ", timeZone: "Europe/Moscow" } as const;

export const DEMO_SCHOOLS = [
  { name: "МОУ «Лихославльская СОШ №1»", shortName: "СОШ №1" },
  { name: "МОУ «Лихославльская СОШ №2»", shortName: "СОШ №2" },
  { name: "МОУ «Калашниковская СОШ»", shortName: "Калашниковская СОШ" },
  { name: "МОУ «Микшинская СОШ»", shortName: "Микшинская СОШ" },
  { name: "МОУ «Кавская ООШ»", shortName: "Кавская ООШ" },
] as const;

export type DemoPersonaKey = "head1" | "head2" | "head3" | "methodologist" | "official" | "admin";

export interface DemoPersonaSpec {
  key: DemoPersonaKey;
  role: Role;
  firstName: string;
  lastName: string;
  schoolShortName?: string;
  telegramId: number;
}

export const DEMO_PERSONAS: readonly DemoPersonaSpec[] = [
  { key: "head1", role: "HEAD", firstName: "Ирина", lastName: "Петрова", schoolShortName: "СОШ №1", telegramId: 100001 },
  { key: "head2", role: "HEAD", firstName: "Сергей", lastName: "Николаев", schoolShortName: "СОШ №2", telegramId: 100002 },
  { key: "head3", role: "HEAD", firstName: "Татьяна", lastName: "Кузнецова", schoolShortName: "Калашниковская СОШ", telegramId: 100003 },
  { key: "methodologist", role: "METHODOLOGIST", firstName: "Елена", lastName: "Смирнова", telegramId: 100004 },
  { key: "official", role: "OFFICIAL", firstName: "Андрей", lastName: "Волков", telegramId: 100005 },
  { key: "admin", role: "ADMIN", firstName: "Ольга", lastName: "Морозова", telegramId: 100006 },
];

/**
 * Stable, valid invite codes ("demo-head1-invite"), so scripted demos can /start with them. Guessable by
 * design: never run the demo seed against a production database.
 */
export const demoInviteCode = (key: DemoPersonaKey): string => `demo-${key}-invite`;

/** The demo runs for a while after seeding; a year keeps its invites usable. */
export const DEMO_INVITE_DAYS = 365;
