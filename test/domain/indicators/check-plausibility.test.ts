import { describe, expect, it } from "vitest";
import { checkPlausibility } from "../../../src/domain/indicators/check-plausibility.js";

const share = (numerator: number, denominator: number) => ({ kind: "SHARE" as const, numerator, denominator });
const count = (number: number) => ({ kind: "COUNT" as const, number });

describe("checkPlausibility asks about values far from last period's", () => {
  it("lets anything through when there is no previous value", () => {
    expect(checkPlausibility(share(20, 20), null)).toEqual({ plausible: true });
  });

  it("asks when a share moves by more than 30 percentage points", () => {
    expect(checkPlausibility(share(18, 20), share(5, 20))).toEqual({ plausible: false, reason: "share-jump" }); // 90% vs 25%
    expect(checkPlausibility(share(1, 20), share(8, 20))).toEqual({ plausible: false, reason: "share-jump" }); // 5% vs 40%
  });

  it("accepts a share moving by 30 points or less", () => {
    expect(checkPlausibility(share(11, 20), share(5, 20))).toEqual({ plausible: true }); // 55% vs 25%: exactly 30
    expect(checkPlausibility(share(12, 40), share(5, 20))).toEqual({ plausible: true }); // 30% vs 25%
  });

  it("does not compare an empty group", () => {
    expect(checkPlausibility(share(0, 0), share(5, 5))).toEqual({ plausible: true });
  });

  it("asks when a count more than triples or falls below a third by at least 10", () => {
    expect(checkPlausibility(count(40), count(12))).toEqual({ plausible: false, reason: "count-jump" }); // ×3.3, +28
    expect(checkPlausibility(count(3), count(15))).toEqual({ plausible: false, reason: "count-jump" }); // ÷5, −12
    expect(checkPlausibility(count(10), count(0))).toEqual({ plausible: false, reason: "count-jump" });
  });

  it("accepts small counts changing a lot, and tripling exactly", () => {
    expect(checkPlausibility(count(7), count(1))).toEqual({ plausible: true }); // ×7 but only +6
    expect(checkPlausibility(count(36), count(12))).toEqual({ plausible: true }); // exactly ×3
    expect(checkPlausibility(count(5), count(15))).toEqual({ plausible: true }); // exactly a third
  });

  it("never questions yes/no or text", () => {
    expect(checkPlausibility({ kind: "BOOLEAN", flag: false }, { kind: "BOOLEAN", flag: true })).toEqual({ plausible: true });
  });
});
