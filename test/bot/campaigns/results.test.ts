// Test 11: results for staff. "Итоги" matches figures worked out by hand (a share is summed numerators over
// summed denominators), "По школам" and "Не сдали" list every school's state, the Excel document reads back
// with the right rows; an official sees all of it but cannot reopen a form.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import { SCENARIO_START, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let campaignId: number;
const TITLE = "Мониторинг ПК педагогов";
const CODES = ["DEFICIT_DIAGNOSTICS_SHARE", "PERSONALISED_TRAINING_COUNT", "ACT_MENTORING", "MAIN_DIFFICULTIES_TEXT"];

beforeAll(async () => {
  s = await startCampaignScenario();
  const kavskaya = await s.addHead("Кавская ООШ", { id: 100301, first_name: "Нина", last_name: "Орлова" });
  s.stack.clock.set(SCENARIO_START); // the submission times in the workbook: 23.11.2026 12:00
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES, deadline: "2026-11-30T20:59:00Z" });
  // Three schools submit (through the domain: the answers are set-up here, the staff views are under test).
  await s.submitThroughDomain(campaignId, "head1", {
    DEFICIT_DIAGNOSTICS_SHARE: "5 из 20",
    PERSONALISED_TRAINING_COUNT: "7",
    ACT_MENTORING: "да",
    MAIN_DIFFICULTIES_TEXT: "Нет затруднений",
  });
  await s.submitThroughDomain(campaignId, "head2", {
    DEFICIT_DIAGNOSTICS_SHARE: "3 из 10",
    PERSONALISED_TRAINING_COUNT: "4",
    ACT_MENTORING: "нет",
    MAIN_DIFFICULTIES_TEXT: "Мало курсов рядом",
  });
  await s.submitThroughDomain(campaignId, "head3", {
    DEFICIT_DIAGNOSTICS_SHARE: "10 из 40",
    PERSONALISED_TRAINING_COUNT: "2",
    ACT_MENTORING: "да",
    MAIN_DIFFICULTIES_TEXT: "нет",
  });
  // Кавская ООШ has a draft with one answer; Микшинская СОШ has not started (and has no head in the bot).
  const nina = await s.actorOf(kavskaya);
  await saveAnswer(s.stack.domain, nina, {
    campaignId,
    schoolId: nina.schoolId!,
    indicatorId: await s.indicatorId("DEFICIT_DIAGNOSTICS_SHARE"),
    raw: "1 из 5",
  });
});
afterAll(() => s?.close());

async function openCard(user: SimulatedUser) {
  const list = await user.send("/campaigns");
  expect(textOf(list.replies)).toContain(`${TITLE} (2026-Q4) — идёт до 30.11.2026 23:59. Сдали 3 из 5, черновиков 1`);
  const card = await user.press(new RegExp(TITLE));
  return card.replies.at(-1)!;
}

describe("the methodologist's results", () => {
  it("Итоги: shares summed over schools, counts summed, yes counted", async () => {
    const m = s.user("methodologist");
    const card = await openCard(m);
    expect(card.buttons.flat()).toEqual(["📊 Итоги", "🏫 По школам", "⏳ Не сдали", "📄 Excel", "🔓 Открыть школе заново"]);
    const { replies } = await m.press("📊 Итоги");
    const text = textOf(replies);
    expect(text).toContain("Мониторинг ПК педагогов (2026-Q4) — сдали 3 из 5, срок 30.11.2026 23:59");
    // (5 + 3 + 10) / (20 + 10 + 40) = 18 / 70 = 25,714…% — not the mean of 25%, 30%, 25%. The draft's 1 из 5 is not counted.
    expect(text).toContain("прошедших диагностику профессиональных дефицитов: 18 из 70 (25,7%)");
    expect(text).toContain("персонифицированным программам профессионального роста: 13"); // 7 + 4 + 2
    expect(text).toContain("о наставничестве: есть у 2 из 3");
    expect(text).toContain("Основные затруднения и комментарии: ответов: 3");
  });

  it("the example of the issue: (5 + 3) / (20 + 10) = 8 / 30 = 26,7% for two schools", async () => {
    const two = await s.createCampaign({ title: "Две школы", codes: ["DEFICIT_DIAGNOSTICS_SHARE"], schools: ["СОШ №1", "СОШ №2"] });
    await s.submitThroughDomain(two, "head1", { DEFICIT_DIAGNOSTICS_SHARE: "5 из 20" });
    await s.submitThroughDomain(two, "head2", { DEFICIT_DIAGNOSTICS_SHARE: "3 из 10" });
    const m = s.user("methodologist");
    await m.send("/campaigns");
    await m.press(/^Две школы/);
    const { replies } = await m.press("📊 Итоги");
    expect(textOf(replies)).toContain("8 из 30 (26,7%)");
  });

  it("По школам: every asked school with its state and, when submitted, its answers", async () => {
    const m = s.user("methodologist");
    await openCard(m);
    const text = textOf((await m.press("🏫 По школам")).replies);
    const block = (name: string) => text.slice(text.indexOf(name)).split("\n\n")[0]!;
    expect(block("СОШ №1 —")).toContain("СОШ №1 — сдан");
    expect(block("СОШ №1 —")).toContain("1. 5 из 20 (25%)");
    expect(block("СОШ №1 —")).toContain("4. Нет затруднений");
    expect(block("СОШ №2 —")).toContain("1. 3 из 10 (30%)");
    expect(block("СОШ №2 —")).toContain("3. нет");
    expect(block("Калашниковская СОШ —")).toContain("2. 2");
    expect(block("Кавская ООШ —")).toBe("Кавская ООШ — черновик"); // a draft's values are not shown as results
    expect(block("Микшинская СОШ —")).toBe("Микшинская СОШ — не начат");
  });

  it("Не сдали: the silent school and the draft, with how far the draft got", async () => {
    const m = s.user("methodologist");
    await openCard(m);
    const text = textOf((await m.press("⏳ Не сдали")).replies);
    expect(text).toContain("Не сдали «Мониторинг ПК педагогов»: 2");
    // Short names, as in every other list and in the XLSX's «ОО» column.
    expect(text).toContain("• Микшинская СОШ — не начат");
    expect(text).toContain("• Кавская ООШ — черновик, заполнено 1 из 4");
    expect(text).not.toContain("СОШ №1");
  });

  it("Excel: a document that reads back with one row per submitted school and the municipal totals", async () => {
    const m = s.user("methodologist");
    await openCard(m);
    const { replies } = await m.press("📄 Excel");
    const doc = replies.at(-1)!.document!;
    expect(doc.filename).toBe(`monitoring-2026-Q4-${campaignId}.xlsx`);
    expect(replies.at(-1)!.text).toContain("Итоги мониторинга");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(doc.content as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Результаты")!;
    expect(String(sheet.getCell(1, 1).value)).toBe("Мониторинг «Мониторинг ПК педагогов» (2026-Q4)");
    expect(String(sheet.getCell(2, 1).value)).toContain("Сдали: 3 из 5 ОО.");
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    // № | ОО | Дата сдачи | число | всего | % | count | yes/no | text — schools in alphabetical order.
    expect(row(6)).toEqual([1, "Калашниковская СОШ", "23.11.2026 12:00", 10, 40, 0.25, 2, "да", "нет"]);
    expect(row(7)).toEqual([2, "СОШ №1", "23.11.2026 12:00", 5, 20, 0.25, 7, "да", "Нет затруднений"]);
    expect(row(8)).toEqual([3, "СОШ №2", "23.11.2026 12:00", 3, 10, 0.3, 4, "нет", "Мало курсов рядом"]);
    expect(row(9)).toEqual([undefined, "Итого по муниципалитету", undefined, 18, 70, 18 / 70, 13, "есть у 2 из 3", "ответов: 3"]);
    expect(sheet.getCell(9, 6).numFmt).toBe("0.0%");
    expect(sheet.rowCount).toBe(9);

    const missing = workbook.getWorksheet("Не сдали")!;
    const rows = missing.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      [1, "Кавская ООШ", "МОУ «Кавская ООШ»", "черновик", "1 из 4"],
      [2, "Микшинская СОШ", "МОУ «Микшинская СОШ»", "не начат", "0 из 4"],
    ]);
  });
});

describe("when the Excel cannot be sent", () => {
  it("Telegram refuses the upload: the methodologist is told, not left waiting; the next press sends it", async () => {
    const m = s.user("methodologist");
    await openCard(m);
    s.stack.server.failNext("sendDocument", { error_code: 413, description: "Request Entity Too Large" });
    const failed = await m.press("📄 Excel");
    expect(failed.replies.map((r) => r.text)).toContain("Не получилось отправить файл. Попробуйте ещё раз через минуту.");
    expect(failed.replies.some((r) => r.document)).toBe(false);

    const card = await openCard(m);
    const again = await m.press("📄 Excel", { messageId: card.messageId });
    expect(again.replies.at(-1)!.document?.filename).toMatch(/\.xlsx$/);
  });
});

describe("an official", () => {
  it("sees the same results and the Excel, but has no 'Открыть школе заново' and cannot forge it", async () => {
    const official = s.user("official");
    const card = await openCard(official);
    expect(card.buttons.flat()).toEqual(["📊 Итоги", "🏫 По школам", "⏳ Не сдали", "📄 Excel"]);
    expect(textOf((await official.press("📊 Итоги")).replies)).toContain("18 из 70 (25,7%)");
    const xlsx = await official.press("📄 Excel", { messageId: card.messageId });
    expect(xlsx.replies.at(-1)!.document?.filename).toMatch(/\.xlsx$/);

    const forged = await official.pressData(`campaign:reopen:${campaignId}`, card.messageId);
    const forgedSchool = await official.pressData(`campaign:reopen-school:${campaignId}:${s.schoolId("СОШ №1")}`, card.messageId);
    for (const r of [forged, forgedSchool]) expect(`${r.answer?.text ?? ""}${textOf(r.replies)}`).toContain("Это не ваше");
    expect(await s.stack.db.prisma.campaignSchool.count({ where: { campaignId, reopenedUntil: { not: null } } })).toBe(0);
  });

  it("a head has no results: /campaigns shows their own forms instead; staff /forms shows the campaigns", async () => {
    const head = s.user("head1");
    const r = await head.send("/campaigns");
    expect(textOf(r.replies)).toContain("Ваши мониторинги");
    expect(textOf(r.replies)).not.toContain("сдали 3 из 5");
    // …and staff typing /forms get the campaigns.
    const staff = await s.user("official").send("/forms");
    expect(textOf(staff.replies)).toContain("Сдали 3 из 5");
  });
});
