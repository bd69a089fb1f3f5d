// Every text exists in both languages: a key missing in English would show the raw key to an English reader.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "../../src/bot/i18n.js";

function keysOf(language: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of readdirSync(join(LOCALES_DIR, language)).filter((f) => f.endsWith(".ftl"))) {
    for (const line of readFileSync(join(LOCALES_DIR, language, file), "utf8").split("\n")) {
      const match = /^([a-z][a-z0-9-]*)\s*=/.exec(line);
      if (match?.[1]) {
        expect(keys.has(match[1]), `${language}: ${match[1]} defined twice`).toBe(false);
        keys.set(match[1], file);
      }
    }
  }
  return keys;
}

describe("locales", () => {
  it("Russian and English define the same keys, each in the same feature file, once", () => {
    const ru = keysOf("ru");
    const en = keysOf("en");
    expect(ru.size).toBeGreaterThan(100);
    expect([...ru.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !ru.has(k))).toEqual([]);
    expect([...ru].filter(([k, file]) => en.get(k) !== file)).toEqual([]);
  });
});
