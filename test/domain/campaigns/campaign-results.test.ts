// Municipal figures over submitted forms, checked against sums done by hand, and the Excel export read back.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCampaignResults } from "../../../src/domain/campaigns/export-campaign-results.js";
import { getCampaignCard } from "../../../src/domain/campaigns/get-campaign-card.js";
import { getCampaignResults } from "../../../src/domain/campaigns/get-campaign-results.js";
import { getCampaignSummary } from "../../../src/domain/campaigns/get-campaign-summary.js";
import { listCampaignSchools } from "../../../src/domain/campaigns/list-campaign-schools.js";
import { listCampaigns } from "../../../src/domain/campaigns/list-campaigns.js";
import { findSchools } from "../../../src/domain/schools/find-schools.js";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import { answerAndSubmit, createCampaignWorld, startCampaign, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let w: CampaignWorld;
let campaignId: number;
const CODES = [
  "DEFICIT_DIAGNOSTICS_SHARE",
  "YOUNG_TEACHERS_SUPPORT_SHARE",
  "PERSONALISED_TRAINING_COUNT",
  "ACT_MENTORING",
  "MAIN_DIFFICULTIES_TEXT",
];

beforeAll(async () => {
  db = await createTestDatabase();
  w = await createCampaignWorld(db, { schools: 6 });
  campaignId = await startCampaign(w, {
    title: "Мониторинг профессионального развития",
    period: "2026-Q4",
    codes: CODES,
    opensAt: "2026-11-02T06:00:00Z",
    deadline: "2026-11-30T15:00:00Z",
  });
  const submit = (i: number, values: string[]) =>
    answerAndSubmit(w, campaignId, w.heads[i]!, Object.fromEntries(CODES.map((code, k) => [code, values[k]!])));
  w.clock.set("2026-11-20T07:00:00Z"); // 10:00 in Moscow
  await submit(0, ["3 из 20", "1 из 2", "4", "да", "Нет затруднений"]);
  await submit(1, ["5 из 25", "0 из 0", "6", "нет", "Мало часов на курсы"]);
  await submit(2, ["10 из 40", "2 из 3", "12", "да", "Нет"]);
  await submit(3, ["7 из 12", "1 из 1", "0", "да", "Нужны наставники"]);
  // School 5 has only a draft (20 из 20 must NOT count); school 6 has not started.
  await saveAnswer(w.deps, w.heads[4]!, {
    campaignId,
    schoolId: w.schools[4]!.id,
    indicatorId: w.indicator.DEFICIT_DIAGNOSTICS_SHARE!,
    raw: "20 из 20",
  });
});
afterAll(() => db?.close());

describe("campaign results", () => {
  it("aggregate submitted forms only; shares are summed, never averaged", async () => {
    const results = await getCampaignResults(w.deps, w.official, { campaignId });
    expect(results).toMatchObject({ schoolCount: 6, submittedCount: 4 });
    expect(results.indicators.map((i) => i.aggregate)).toEqual([
      // (3+5+10+7)/(20+25+40+12) = 25/97 = 25.77% (the mean of the four percentages would be 29.58%)
      { kind: "SHARE", numerator: 25, denominator: 97, percent: (25 / 97) * 100, answered: 4 },
      // (1+0+2+1)/(2+0+3+1) = 4/6 = 66.67%; the school with no young teachers adds nothing
      { kind: "SHARE", numerator: 4, denominator: 6, percent: (4 / 6) * 100, answered: 4 },
      // 4+6+12+0 = 22
      { kind: "COUNT", sum: 22, answered: 4 },
      // да, нет, да, да → 3 of 4
      { kind: "BOOLEAN", yes: 3, answered: 4 },
      { kind: "TEXT", answered: 4 },
    ]);
    expect(results.indicators.map((i) => i.formatted)).toEqual([
      "25 из 97 (25,8%)",
      "4 из 6 (66,7%)",
      "22",
      "есть у 3 из 4",
      "ответов: 4",
    ]);
  });

  it("show a per-school table and who has not submitted", async () => {
    const results = await getCampaignResults(w.deps, w.methodologist, { campaignId });
    expect(results.schools.map((s) => [s.shortName, s.status, s.formatted[0]])).toEqual([
      ["СШ № 1", "submitted", "3 из 20 (15%)"],
      ["СШ № 2", "submitted", "5 из 25 (20%)"],
      ["СШ № 3", "submitted", "10 из 40 (25%)"],
      ["СШ № 4", "submitted", "7 из 12 (58,3%)"],
      ["СШ № 5", "draft", null], // the draft's values are not shown as results
      ["СШ № 6", "none", null],
    ]);
    expect(results.schools[1]!.formatted[1]).toBe("0 из 0");
    expect(results.notSubmitted).toEqual([
      { schoolId: w.schools[4]!.id, name: "МОУ «Средняя школа № 5»", shortName: "СШ № 5", status: "draft", answered: 1 },
      { schoolId: w.schools[5]!.id, name: "МОУ «Средняя школа № 6»", shortName: "СШ № 6", status: "none", answered: 0 },
    ]);
  });

  it("are for staff of the municipality only", async () => {
    await expect(getCampaignResults(w.deps, w.heads[0]!, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCampaignResults(w.deps, w.foreign.methodologist, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportCampaignResults(w.deps, w.heads[0]!, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(exportCampaignResults(w.deps, w.foreign.methodologist, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("export to Excel: a row per submitted school, a totals row, and a sheet of non-submitters", async () => {
    const { filename, content } = await exportCampaignResults(w.deps, w.official, { campaignId });
    expect(filename).toBe(`monitoring-2026-Q4-${campaignId}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Результаты", "Не сдали"]);

    const sheet = book.getWorksheet("Результаты")!;
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(sheet.getCell("A1").value).toBe("Мониторинг «Мониторинг профессионального развития» (2026-Q4)");
    expect(sheet.getCell("A2").value).toBe(`${(await db.prisma.municipality.findUniqueOrThrow({ where: { id: w.municipalityId } })).name}. Срок сдачи: 30.11.2026 18:00. Сдали: 4 из 6 ОО.`);
    // Headers: a share's title spans three columns (число, всего, %).
    expect(row(4).slice(0, 4)).toEqual(["№", "ОО", "Дата сдачи", "Доля педагогических работников, прошедших диагностику профессиональных дефицитов"]);
    expect(sheet.getCell("G4").value).toBe("Доля молодых педагогов, охваченных мерами поддержки");
    expect(row(5).slice(3, 9)).toEqual(["число", "всего", "%", "число", "всего", "%"]);
    expect(sheet.getCell("J4").value).toMatch(/^Количество педагогов/);
    expect(sheet.getCell("K4").value).toBe("Наличие нормативного акта о наставничестве");
    expect(sheet.getCell("L4").value).toBe("Основные затруднения и комментарии");

    expect(row(6)).toEqual([1, "СШ № 1", "20.11.2026 10:00", 3, 20, 0.15, 1, 2, 0.5, 4, "да", "Нет затруднений"]);
    expect(row(7)).toEqual([2, "СШ № 2", "20.11.2026 10:00", 5, 25, 0.2, 0, 0, undefined, 6, "нет", "Мало часов на курсы"]);
    expect(row(9).slice(1, 6)).toEqual(["СШ № 4", "20.11.2026 10:00", 7, 12, 7 / 12]);
    expect(sheet.getCell("F6").numFmt).toBe("0.0%");

    // Totals: 25/97, 4/6, 22, 3 of 4 "yes", 4 texts.
    expect(row(10)).toEqual([undefined, "Итого по муниципалитету", undefined, 25, 97, 25 / 97, 4, 6, 4 / 6, 22, "есть у 3 из 4", "ответов: 4"]);
    expect(sheet.rowCount).toBe(10);

    const missing = book.getWorksheet("Не сдали")!;
    expect((missing.getRow(1).values as unknown[]).slice(1)).toEqual(["№", "ОО", "Полное наименование", "Статус", "Заполнено показателей"]);
    expect((missing.getRow(2).values as unknown[]).slice(1)).toEqual([1, "СШ № 5", "МОУ «Средняя школа № 5»", "черновик", "1 из 5"]);
    expect((missing.getRow(3).values as unknown[]).slice(1)).toEqual([2, "СШ № 6", "МОУ «Средняя школа № 6»", "не начат", "0 из 5"]);
    expect(missing.rowCount).toBe(3);
  });
});

describe("the screens' queries (summed in SQL, a page at a time)", () => {
  it("«Итоги» from one grouped query: the same figures as the whole results, drafts not counted", async () => {
    const summary = await getCampaignSummary(w.deps, w.official, { campaignId });
    const whole = await getCampaignResults(w.deps, w.official, { campaignId });
    expect(summary).toMatchObject({ schoolCount: 6, submittedCount: 4, draftCount: 1 });
    expect(summary.indicators.map((i) => i.aggregate)).toEqual(whole.indicators.map((i) => i.aggregate));
    expect(summary.indicators.map((i) => i.formatted)).toEqual(["25 из 97 (25,8%)", "4 из 6 (66,7%)", "22", "есть у 3 из 4", "ответов: 4"]);
  });

  it("the card and the campaigns list count from the same grouped query", async () => {
    expect(await getCampaignCard(w.deps, w.methodologist, { campaignId })).toMatchObject({ schoolCount: 6, submittedCount: 4, draftCount: 1, state: "open" });
    const list = await listCampaigns(w.deps, w.methodologist, { page: 0, pageSize: 1 });
    expect(list).toMatchObject({ view: "staff", total: 1, page: 0, pageCount: 1 });
    expect(list.campaigns[0]).toMatchObject({ campaignId, schoolCount: 6, submittedCount: 4, draftCount: 1 });
  });

  it("a page of schools: alphabetical, values of submitted forms only, a draft's progress", async () => {
    const second = await listCampaignSchools(w.deps, w.methodologist, { campaignId, page: 1, pageSize: 4 });
    expect(second).toMatchObject({ matching: 6, page: 1, pageCount: 2, schoolCount: 6, submittedCount: 4 });
    expect(second.schools.map((s) => [s.shortName, s.status, s.answered, s.formatted[0]])).toEqual([
      ["СШ № 5", "draft", 1, null],
      ["СШ № 6", "none", 0, null],
    ]);
    const first = await listCampaignSchools(w.deps, w.methodologist, { campaignId, pageSize: 4 });
    expect(first.schools[1]!.formatted).toEqual(["5 из 25 (20%)", "0 из 0", "6", "нет", "Мало часов на курсы"]);
    // A page past the end (a stale button after schools changed) shows the last page.
    expect((await listCampaignSchools(w.deps, w.methodologist, { campaignId, page: 9, pageSize: 4 })).page).toBe(1);
  });

  it("searched by part of the name in any case, filtered by state", async () => {
    const found = await listCampaignSchools(w.deps, w.official, { campaignId, search: "  ШКОЛА   № 5 " });
    expect(found.schools.map((s) => s.shortName)).toEqual(["СШ № 5"]);
    const missing = await listCampaignSchools(w.deps, w.official, { campaignId, filter: "missing" });
    expect(missing.schools.map((s) => [s.shortName, s.status])).toEqual([["СШ № 5", "draft"], ["СШ № 6", "none"]]);
    expect((await listCampaignSchools(w.deps, w.official, { campaignId, filter: "submitted" })).matching).toBe(4);
    expect((await listCampaignSchools(w.deps, w.official, { campaignId, search: "лицей" })).matching).toBe(0);
  });

  it("the wizard's school picker: by part of the name, among the chosen, every match's id on request", async () => {
    const page = await findSchools(w.deps, w.methodologist, { search: "сш № 3" });
    expect(page).toMatchObject({ total: 6, matching: 1, items: [{ id: w.schools[2]!.id, shortName: "СШ № 3", number: 1 }] });
    const chosen = await findSchools(w.deps, w.methodologist, { onlyIds: [w.schools[5]!.id, w.schools[0]!.id], withIds: true });
    expect(chosen.ids).toEqual([w.schools[0]!.id, w.schools[5]!.id]);
    // Another municipality's school is never listed.
    expect((await findSchools(w.deps, w.methodologist, { onlyIds: [w.foreign.schoolId] })).matching).toBe(0);
  });

  it("are for staff of the municipality only", async () => {
    await expect(getCampaignSummary(w.deps, w.heads[0]!, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCampaignSummary(w.deps, w.foreign.methodologist, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listCampaignSchools(w.deps, w.heads[0]!, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listCampaignSchools(w.deps, w.foreign.methodologist, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getCampaignCard(w.deps, w.foreign.methodologist, { campaignId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(findSchools(w.deps, w.heads[0]!, {})).rejects.toMatchObject({ code: "forbidden" });
  });
});

// Last in the file: it adds a campaign, which the counts above do not expect.
describe("the workbook keeps what a head typed as text", () => {
  it("an answer that looks like a formula is written as text, not as a formula", async () => {
    const textCampaign = await startCampaign(w, {
      title: "Затруднения",
      period: "2026-Q4",
      codes: ["MAIN_DIFFICULTIES_TEXT"],
      opensAt: "2026-11-02T06:00:00Z",
      deadline: "2026-11-30T15:00:00Z",
    });
    const typed = '=HYPERLINK("http://example.com","нажмите")';
    await answerAndSubmit(w, textCampaign, w.heads[0]!, { MAIN_DIFFICULTIES_TEXT: typed });
    const { content } = await exportCampaignResults(w.deps, w.methodologist, { campaignId: textCampaign });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as unknown as ArrayBuffer);
    const cell = book.getWorksheet("Результаты")!.getCell("D6");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(typed);
  });
});
