import type { Municipality } from "../../generated/prisma/client.js";

export interface MunicipalityView {
  id: number;
  name: string;
  timeZone: string;
  quietHoursStart: number;
  quietHoursEnd: number;
}

export const municipalitySelect = { id: true, name: true, timeZone: true, quietHoursStart: true, quietHoursEnd: true } as const;

export const toMunicipalityView = (m: Pick<Municipality, keyof typeof municipalitySelect>): MunicipalityView => ({
  id: m.id,
  name: m.name,
  timeZone: m.timeZone,
  quietHoursStart: m.quietHoursStart,
  quietHoursEnd: m.quietHoursEnd,
});
