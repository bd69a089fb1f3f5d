// A Word .docx → HTML (mammoth keeps tables and merged cells) → grids.
import mammoth from "mammoth";
import { DomainError } from "../../errors.js";
import type { DocumentGrids } from "./grid.js";
import { htmlGrids } from "./html-grids.js";

export async function readDocx(bytes: Uint8Array): Promise<DocumentGrids> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch {
    throw new DomainError("plan-unreadable");
  }
  return htmlGrids(html);
}
