// Files a methodologist may send that are not a roadmap we can read: each gets its own clear reason
// (the bot and the CLI turn the code into the answer), and nothing is read past the refusal.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { MAX_PLAN_FILE_BYTES } from "../../../src/domain/plans/document/detect-format.js";
import { readPlanFile } from "../../../src/domain/plans/document/read-plan-file.js";
import { buildDocx } from "../../support/build-docx.js";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamName: string): Uint8Array {
  const name = Buffer.from(streamName, "utf16le");
  const bytes = Buffer.alloc(4096);
  Buffer.from(OLE).copy(bytes, 0);
  name.copy(bytes, 1024);
  return bytes;
}

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await readPlanFile(bytes, name);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return "read";
}

describe("a roadmap file that cannot be imported", () => {
  it("an old binary Word .doc: «save it as .docx»", async () => {
    expect(await refusal(oleFile("WordDocument"), "план.doc")).toBe("plan-old-doc");
  });

  it("a .doc renamed to .docx is still told to be saved as .docx", async () => {
    expect(await refusal(oleFile("WordDocument"), "план.docx")).toBe("plan-old-doc");
  });

  it("a password-protected .docx", async () => {
    expect(await refusal(oleFile("EncryptedPackage"), "план.docx")).toBe("plan-encrypted");
  });

  it("a file of 20 MB is refused before it is read", async () => {
    expect(await refusal(new Uint8Array(20 * 1024 * 1024), "план.docx")).toBe("plan-too-large");
    expect(MAX_PLAN_FILE_BYTES).toBeLessThan(20 * 1024 * 1024);
  });

  it("a photo of a page", async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
    expect(await refusal(jpeg, "IMG_2041.jpg")).toBe("plan-unsupported-format");
  });

  it("a .docx with no table", async () => {
    const docx = await buildDocx([{ paragraph: "План мероприятий на 2024 год" }, { paragraph: "1. Провести совещание — март 2024" }]);
    expect(await refusal(docx, "план.docx")).toBe("plan-no-table");
  });

  it("a .docx whose tables are not a plan (no activity, deadline or responsible columns)", async () => {
    const docx = await buildDocx([{ table: [["ФИО", "Должность"], ["Иванова И.И.", "методист"]] }]);
    expect(await refusal(docx, "список.docx")).toBe("plan-no-table");
  });

  it("an empty plan table: the header and nothing under it", async () => {
    const docx = await buildDocx([{ paragraph: "План на 2024 год" }, { table: [["№", "Мероприятие", "Сроки", "Ответственные"], ["", "", "", ""]] }]);
    expect(await refusal(docx, "план.docx")).toBe("plan-empty");
  });

  it("a damaged .docx", async () => {
    const docx = await buildDocx([{ paragraph: "План" }]);
    expect(await refusal(docx.subarray(0, 200), "план.docx")).toBe("plan-unreadable");
  });

  it("an empty worksheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Лист1");
    expect(await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()), "план.xlsx")).toBe("plan-no-table");
  });
});
