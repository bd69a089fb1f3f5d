import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../src/domain/errors.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { importSchools } from "../../../src/domain/schools/import-schools.js";
import { listSchools } from "../../../src/domain/schools/list-schools.js";
import { readCsv } from "../../../src/domain/schools/read-csv.js";
import { createAccessFixture, type AccessFixture } from "./fixture.js";

describe("readCsv", () => {
  it("reads quotes, doubled quotes, line breaks inside quotes, CRLF and a BOM", () => {
    const text = '\uFEFFa;b\r\n"x;1";"say ""hi"""\r\n\r\n"two\nlines";z\nlast;row';
    const { delimiter, records, errors } = readCsv(text);
    expect(delimiter).toBe(";");
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x;1", 'say "hi"'] },
      { line: 4, fields: ["two\nlines", "z"] },
      { line: 6, fields: ["last", "row"] },
    ]);
  });

  it("reports an unclosed quote at the line where the record starts", () => {
    expect(readCsv('a,b\n"open,x\ny,z').errors).toEqual([{ line: 2, message: expect.stringContaining("not closed") }]);
  });
});

describe("importSchools", () => {
  let f: AccessFixture;
  let municipalityId: number;
  beforeAll(async () => {
    f = await createAccessFixture();
    municipalityId = (await createMunicipality(f.deps, systemActor, { name: "Лысьвенский городской округ", timeZone: "Asia/Yekaterinburg" })).id;
  });
  afterAll(async () => {
    await f.db.close();
  });

  const excelExport =
    "\uFEFFname;short_name\r\n" +
    '"МОУ «Лихославльская СОШ №1»";СОШ №1\r\n' +
    "\r\n" +
    '"МБОУ ""Школа Полёт""";"Школа ""Полёт"""\r\n' +
    '"МОУ «Кавская ООШ», филиал";Кавская ООШ\r\n';

  it("imports a semicolon export from Excel with a BOM, quotes and blank lines", async () => {
    const result = await importSchools(f.deps, systemActor, { municipalityId, csv: excelExport });
    expect(result).toEqual({ created: 3, updated: 0, unchanged: 0, errors: [] });
    const schools = await listSchools(f.deps, systemActor, { municipalityId });
    expect(schools.map((s) => [s.name, s.shortName])).toEqual(
      expect.arrayContaining([
        ["МОУ «Лихославльская СОШ №1»", "СОШ №1"],
        ['МБОУ "Школа Полёт"', 'Школа "Полёт"'],
        ["МОУ «Кавская ООШ», филиал", "Кавская ООШ"],
      ]),
    );
  });

  it("is idempotent: the same file again changes nothing; a new short name counts as updated", async () => {
    expect(await importSchools(f.deps, systemActor, { municipalityId, csv: excelExport })).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      errors: [],
    });
    const csv = 'short_name,name\n"Лихославль, СОШ 1",МОУ «Лихославльская   СОШ №1»\n';
    expect(await importSchools(f.deps, systemActor, { municipalityId, csv })).toEqual({ created: 0, updated: 1, unchanged: 0, errors: [] });
    expect(await f.db.prisma.school.count({ where: { municipalityId } })).toBe(3);
  });

  it("imports nothing when a line is bad and reports every bad line", async () => {
    const csv = [
      "name,short_name",
      "МОУ «Микшинская СОШ»,Микшинская СОШ", // 2: fine
      "МОУ «Новая СОШ», филиал,Новая", // 3: unquoted comma
      ",Пустая", // 4: no name
      "МОУ «Микшинская СОШ»,Другая", // 5: same name as line 2
      "МОУ «Ещё одна школа»,Кавская ООШ", // 6: short name of an existing school
    ].join("\n");
    const result = await importSchools(f.deps, systemActor, { municipalityId, csv });
    expect(result.created).toBe(0);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(result.errors[0]!.message).toContain("expected 2 fields, found 3");
    expect(result.errors[1]!.message).toContain("name is empty");
    expect(result.errors[2]!.message).toContain("line 2");
    expect(result.errors[3]!.message).toContain("already used");
    expect(await f.db.prisma.school.count({ where: { municipalityId, name: "МОУ «Микшинская СОШ»" } })).toBe(0);
  });

  it("names a missing header and an empty file", async () => {
    const noHeader = await importSchools(f.deps, systemActor, { municipalityId, csv: "школа,кратко\nA,B\n" });
    expect(noHeader.errors).toEqual([{ line: 1, message: expect.stringContaining("name and short_name") }]);
    const empty = await importSchools(f.deps, systemActor, { municipalityId, csv: "\uFEFF\r\n" });
    expect(empty.errors).toEqual([{ line: 1, message: expect.stringContaining("empty") }]);
  });

  it("only the system or an admin of the municipality imports", async () => {
    const head = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
    await expect(importSchools(f.deps, head, { municipalityId: f.municipalityId, csv: excelExport })).rejects.toSatisfy(
      (e: unknown) => e instanceof DomainError && e.code === "forbidden",
    );
  });
});
