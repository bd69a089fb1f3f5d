import { describe, expect, it } from "vitest";
import { formatAnswer, formatPercent } from "../../../src/domain/indicators/format-answer.js";

describe("formatAnswer shows values to people", () => {
  it.each([
    [{ kind: "SHARE", numerator: 5, denominator: 20 }, "ru", "5 из 20 (25%)"],
    [{ kind: "SHARE", numerator: 5, denominator: 20 }, "en", "5 of 20 (25%)"],
    [{ kind: "SHARE", numerator: 18, denominator: 85 }, "ru", "18 из 85 (21,2%)"],
    [{ kind: "SHARE", numerator: 18, denominator: 85 }, "en", "18 of 85 (21.2%)"],
    [{ kind: "SHARE", numerator: 0, denominator: 0 }, "ru", "0 из 0"],
    [{ kind: "COUNT", number: 12 }, "ru", "12"],
    [{ kind: "COUNT", number: 12.5 }, "ru", "12,5"],
    [{ kind: "BOOLEAN", flag: true }, "ru", "да"],
    [{ kind: "BOOLEAN", flag: false }, "en", "no"],
    [{ kind: "TEXT", text: "нет затруднений" }, "en", "нет затруднений"],
  ] as const)("%j in %s → %j", (value, language, shown) => {
    expect(formatAnswer(value, language)).toBe(shown);
  });

  it("has no percentage for an empty group", () => {
    expect(formatPercent(0, 0, "ru")).toBeNull();
    expect(formatPercent(1, 3, "en")).toBe("33.3%");
  });
});
