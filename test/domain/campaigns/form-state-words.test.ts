// The bot and the XLSX files name a school's form state with the same words.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORM_STATE_WORDS_RU } from "../../../src/domain/campaigns/form-state-words.js";

describe("form state words", () => {
  it("the XLSX words are the bot's Russian results-status-* texts", () => {
    const ftl = readFileSync(new URL("../../../locales/ru/campaigns.ftl", import.meta.url), "utf8");
    const bot = Object.fromEntries([...ftl.matchAll(/^results-status-(\w+) = (.+)$/gm)].map(([, state, text]) => [state, text!.trim()]));
    expect(bot).toEqual(FORM_STATE_WORDS_RU);
  });
});
