// Dates as a methodologist types them into the campaign wizard and the announcement prompts.
import { describe, expect, it } from "vitest";
import { formatLocal, parseLocalDate } from "../../../src/domain/time/zoned-time.js";

const END_OF_DAY = { hour: 23, minute: 59 };
// Monday 30.11.2026 23:30 in Moscow, already Tuesday 01.12 06:30 in Vladivostok
const NOW = new Date("2026-11-30T20:30:00Z");
const read = (raw: string, zone = "Europe/Moscow") => {
  const moment = parseLocalDate(raw, zone, NOW, END_OF_DAY);
  return moment && formatLocal(moment, zone);
};

describe("parseLocalDate", () => {
  it("reads typed dates, with and without the year and the time", () => {
    expect(read("15.12.2026")).toBe("15.12.2026 23:59");
    expect(read("15.12 18:00")).toBe("15.12.2026 18:00");
    expect(read("15.12.26, 9.30")).toBe("15.12.2026 09:30");
    expect(read("01.11")).toBe("01.11.2027 23:59"); // gone this year: next year's
  });

  it("reads «сегодня», «завтра», «послезавтра» on the municipality's own clock", () => {
    expect(read("завтра")).toBe("01.12.2026 23:59");
    expect(read("Завтра в 18:00")).toBe("01.12.2026 18:00");
    expect(read("послезавтра 9:00")).toBe("02.12.2026 09:00");
    expect(read("сегодня", "Asia/Vladivostok")).toBe("01.12.2026 23:59");
    expect(read("завтра", "Asia/Vladivostok")).toBe("02.12.2026 23:59");
  });

  it("refuses what is not a date", () => {
    for (const raw of ["вчера", "скоро", "32.12", "завтра 25:00", "15.13.2026", ""]) expect(read(raw)).toBeUndefined();
  });
});
