// A tiny WordprocessingML writer for test fixtures: paragraphs and tables with merged cells (gridSpan,
// vMerge), zipped with jszip (installed with mammoth and exceljs). Enough to make a roadmap the tests
// have never seen, in any column order.
import JSZip from "jszip";

export type DocxCell = string | { text: string; span?: number; vmerge?: "restart" | "continue" };
export type DocxBlock = { paragraph: string } | { table: DocxCell[][] } | { pageBreak: true };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function paragraphs(text: string): string {
  return text.split("\n").map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join("");
}

function cell(c: DocxCell): string {
  const spec = typeof c === "string" ? { text: c } : c;
  const props = `${spec.span ? `<w:gridSpan w:val="${spec.span}"/>` : ""}${spec.vmerge ? `<w:vMerge w:val="${spec.vmerge}"/>` : ""}`;
  return `<w:tc><w:tcPr>${props}</w:tcPr>${paragraphs(spec.text) || "<w:p/>"}</w:tc>`;
}

function table(rows: DocxCell[][]): string {
  const width = Math.max(...rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === "string" ? 1 : (c.span ?? 1)), 0)));
  const grid = `<w:tblGrid>${"<w:gridCol/>".repeat(width)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr/>${grid}${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;
}

export async function buildDocx(blocks: DocxBlock[]): Promise<Buffer> {
  const body = blocks
    .map((b) => ("paragraph" in b ? paragraphs(b.paragraph) : "table" in b ? table(b.table) : '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}
