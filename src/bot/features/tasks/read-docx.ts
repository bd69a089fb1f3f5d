// A protocol sent as a Word file: downloaded from the Bot API's file URL and turned into plain text by mammoth.
// Old binary .doc files and anything else are refused with a clear answer, not guessed at.
import mammoth from "mammoth";

export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export function looksLikeDocx(fileName: string | undefined, mimeType: string | undefined): boolean {
  return /\.docx$/i.test(fileName ?? "") || mimeType === "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}

/** The document's text, paragraphs on their own lines; undefined when the file is not a readable .docx. */
export async function downloadDocxText(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`file download failed: ${response.status}`);
  const buffer = Buffer.from(await response.arrayBuffer());
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    return value.replace(/\n{2,}/g, "\n");
  } catch {
    return undefined;
  }
}
