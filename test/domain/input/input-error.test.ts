// One shape for refused input: { field, reason, ...details }, the reason said in each language.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createI18n, LOCALES_DIR, translator } from "../../../src/bot/i18n.js";
import { INPUT_REASONS, parseInput } from "../../../src/domain/input-error.js";

const schema = z.object({
  title: z.string().trim().min(3),
  days: z.number().int().max(365, "too-many-days"),
  kind: z.enum(["SHARE", "COUNT"]),
  ids: z.array(z.number()).min(1),
});
const good = { title: "Мониторинг", days: 7, kind: "SHARE", ids: [1] };

function refusal(input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    return error;
  }
  throw new Error("accepted");
}

describe("parseInput", () => {
  it.each([
    ["a short title", { ...good, title: " ab " }, { field: "title", reason: "too-short", minimum: 3 }],
    ["a missing field", { ...good, title: undefined }, { field: "title", reason: "required" }],
    ["a fraction where a whole number goes", { ...good, days: 1.5 }, { field: "days", reason: "not-whole" }],
    ["the schema's own reason", { ...good, days: 400 }, { field: "days", reason: "too-many-days", maximum: 365 }],
    ["a value not on the list", { ...good, kind: "PERCENT" }, { field: "kind", reason: "not-one-of", values: "SHARE, COUNT" }],
    ["an empty list", { ...good, ids: [] }, { field: "ids", reason: "too-few", minimum: 1 }],
  ])("%s: invalid-input with the field and the reason", (_, input, params) => {
    expect(refusal(input)).toMatchObject({ code: "invalid-input", params });
  });

  it("returns the parsed value when the input is good", () => {
    expect(parseInput(schema, { ...good, title: "  Мониторинг " }).title).toBe("Мониторинг");
  });
});

describe("reason texts", () => {
  const t = (language: "ru" | "en") => translator(createI18n(() => language), language);

  it.each(["ru", "en"] as const)("every reason has its own text in %s, and the bot's answer says it", (language) => {
    const file = readFileSync(path.join(LOCALES_DIR, language, "errors.ftl"), "utf8");
    const generic = t(language)("error-invalid-input", { reason: "no-such-reason" });
    for (const reason of INPUT_REASONS) {
      expect(file, reason).toContain(`\ninput-reason-${reason} = `);
      const said = t(language)("error-invalid-input", { reason, minimum: 3, maximum: 5, value: "X", values: "A, B", expected: "число", indicatorId: 7 });
      expect(said, reason).not.toBe(generic);
      expect(said, reason).toContain(t(language)(`input-reason-${reason}`, { minimum: 3, maximum: 5, value: "X", values: "A, B", expected: "число", indicatorId: 7 }));
    }
  });

  it("the bot says a reason in the person's language: Russian for a Russian speaker", () => {
    expect(t("ru")("error-invalid-input", { field: "deadline", reason: "in-the-past" })).toBe("Не получилось: это время уже прошло.");
    expect(t("en")("error-invalid-input", { field: "deadline", reason: "in-the-past" })).toBe("Could not accept that: in the past.");
  });
});
