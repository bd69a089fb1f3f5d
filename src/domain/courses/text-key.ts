// One normal form for names and titles typed by people: case, ё/е, quotes, dashes and spacing do not matter.
import { cleanText } from "../text/clean-text.js";

export function textKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[«»"“”„'`]/g, "")
    .replace(/[‐‑‒–—-]/g, " ")
    .replace(/[.,:;!?()[\]{}/\\№#]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Human text as stored: single spaces, no edges, NFC, no control characters; "" if nothing visible is left. */
export function tidy(text: string): string {
  return cleanText(text).normalize("NFC").replace(/\s+/g, " ").trim();
}
