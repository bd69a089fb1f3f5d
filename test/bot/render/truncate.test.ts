import { describe, expect, it } from "vitest";
import { truncate, truncateBytes } from "../../../src/bot/render/truncate.js";

describe("truncate", () => {
  it("leaves short text alone and cuts long text with an ellipsis", () => {
    expect(truncate("СОШ №1", 10)).toBe("СОШ №1");
    expect(truncate("Лихославльская средняя школа", 10)).toBe("Лихославл…");
  });

  it("never splits an emoji, a flag or a surrogate pair", () => {
    const text = "👩‍🏫👩‍🏫👩‍🏫🇷🇺🇷🇺";
    const cut = truncate(text, 3);
    expect(cut).toBe("👩‍🏫👩‍🏫…");
    expect(cut.isWellFormed()).toBe(true);
    expect(truncate("a😀b😀c😀d", 4).isWellFormed()).toBe(true);
  });

  it("fits UTF-8 byte limits without cutting a grapheme", () => {
    const cut = truncateBytes("Школа 😀😀😀", 14);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(14);
    expect(cut).toBe("Школа "); // "Школа " is 11 bytes; an emoji (4 bytes) would pass 14
    expect(truncateBytes("abc", 64)).toBe("abc");
  });
});
