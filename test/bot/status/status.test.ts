// /status as an official, a methodologist and a head see it through the bot: the figures checked against a
// fixture written out below, the chart, drill-downs to a task and a school, the school search, Excel, and a
// head who cannot look at another school even with forged buttons.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { addTask } from "../../support/fixtures-tasks.js";

let s: CampaignScenario;
let taskA: { taskId: number; assignmentIds: number[] };

// Monday 23.11.2026 12:00 in Moscow (the scenario's start).
beforeAll(async () => {
  s = await startCampaignScenario();
  const campaignId = await s.createCampaign({ title: "Мониторинг наставничества", codes: ["ACT_MENTORING"], deadline: "2026-11-30T15:00:00Z" });
  await s.submitThroughDomain(campaignId, "head1", { ACT_MENTORING: "да" });
  const world = { deps: s.stack.domain, municipalityId: s.seed.municipality.id, official: await s.actor("official") };
  const methodologist = await s.actor("methodologist");
  // A: overdue for СОШ №2 and Микшинская; Калашниковская has done it
  taskA = await addTask(world, { title: "Разместить положение о наставничестве на сайте", dueAt: "2026-11-20T15:00:00Z", schoolIds: ["СОШ №2", "Калашниковская СОШ", "Микшинская СОШ"].map((n) => s.schoolId(n as never)) });
  await s.stack.db.prisma.taskAssignment.update({ where: { id: taskA.assignmentIds[1]! }, data: { status: "DONE", doneAt: new Date("2026-11-19T10:00:00Z") } });
  // B: the methodologist's, overdue for Калашниковская
  await addTask(world, { title: "Сдать план ШМО", dueAt: "2026-11-16T15:00:00Z", schoolIds: [s.schoolId("Калашниковская СОШ")], createdById: methodologist.personId });
  // C: a named member of staff, overdue
  await addTask(world, { title: "Свести отчёт по курсам", dueAt: "2026-11-18T15:00:00Z", personIds: [methodologist.personId] });
  // D: not due yet
  await addTask(world, { title: "Подготовить семинар", dueAt: "2026-12-10T15:00:00Z", schoolIds: [s.schoolId("СОШ №1")] });
});
afterAll(() => s?.close());

describe("the official's /status", () => {
  it("one message with the figures, and the chart of who owes what before it", async () => {
    const official = s.user("official");
    const { replies } = await official.send("/status");
    const [chart, picture] = replies;
    expect(chart!.photo?.filename).toBe("status.png");
    expect(chart!.photo!.content.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(chart!.text).toBe("📊 Кто сколько должен (первые 4)");
    expect(picture!.text).toBe(
      [
        "📊 Статус — Лихославльский муниципальный округ, 23.11.2026 12:00",
        "",
        "Мониторинги",
        "• «Мониторинг наставничества» — не сдали 4 из 5, срок 30.11.2026 18:00",
        "",
        "⛔ Просрочено поручений: 4 (школ: 3, сотрудников: 1)",
        "• «Разместить положение о наставничестве на сайте» — срок 20.11.2026 18:00, не выполнили: 2",
        "• «Сдать план ШМО» — срок 16.11.2026 18:00, не выполнили: 1",
        "• «Свести отчёт по курсам» — срок 18.11.2026 18:00, не выполнили: 1",
        "",
        "Сотрудники с просрочкой",
        "• Елена Смирнова — 1",
        "",
        "Кто должен больше всех (1–4 из 4)",
        "1. Калашниковская СОШ — поручений: 1, форм: 1",
        "2. Микшинская СОШ — поручений: 1, форм: 1",
        "3. СОШ №2 — поручений: 1, форм: 1",
        "4. Кавская ООШ — поручений: 0, форм: 1",
      ].join("\n"),
    );
    expect(picture!.buttons.flat()).toEqual([
      "📋 Мониторинг наставничества",
      "⛔ Разместить положение о наставничестве н…",
      "⛔ Сдать план ШМО",
      "⛔ Свести отчёт по курсам",
      "🏫 Калашниковская СОШ",
      "🏫 Микшинская СОШ",
      "🏫 СОШ №2",
      "🏫 Кавская ООШ",
      "📄 Excel",
    ]);
  });

  it("drills down to a task: who has not done it", async () => {
    const official = s.user("official");
    const { replies } = await official.press((b) => b.startsWith("⛔ Разместить"));
    expect(replies.at(-1)!.text).toBe(
      ["⛔ «Разместить положение о наставничестве на сайте», срок 20.11.2026 18:00. Не выполнили: 2", "Показаны 1–2 из 2", "1. Микшинская СОШ", "2. СОШ №2"].join("\n"),
    );
  });

  it("drills down to a school: its forms and tasks", async () => {
    const official = s.user("official");
    await official.send("/status");
    const { replies } = await official.press("🏫 Калашниковская СОШ");
    expect(replies.at(-1)!.text).toBe(
      [
        "🏫 Калашниковская СОШ — на 23.11.2026 12:00",
        "",
        "Мониторинги",
        "📝 «Мониторинг наставничества» — не начат, срок 30.11.2026 18:00",
        "",
        "Поручения",
        "🕓 «Разместить положение о наставничестве на сайте» — выполнено, ждёт проверки",
        "⛔ «Сдать план ШМО» — просрочено, срок был 16.11.2026 18:00",
      ].join("\n"),
    );
  });

  it("/status with part of a school's name shows that school; an unknown name says so", async () => {
    const official = s.user("official");
    expect((await official.send("/status микш")).replies.at(-1)!.text).toContain("🏫 Микшинская СОШ");
    const many = (await official.send("/status сош")).replies.at(-1)!;
    expect(many.text).toBe("Нашлось школ: 4. Выберите (показаны первые 4) или уточните запрос:");
    expect((await official.send("/status гимназия")).replies.at(-1)!.text).toContain("Школ, в названии которых есть «гимназия», не нашлось.");
  });

  it("«📄 Excel» exports the overdue list and the missing forms", async () => {
    const official = s.user("official");
    await official.send("/status");
    const doc = (await official.press("📄 Excel")).replies.at(-1)!.document!;
    expect(doc.filename).toBe("status-2026-11-23.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(doc.content as unknown as ArrayBuffer);
    const overdue = workbook.getWorksheet("Просроченные поручения")!;
    const rows = [4, 5, 6, 7].map((r) => (overdue.getRow(r).values as unknown[]).slice(1, 5));
    expect(rows.map((r) => `${r[0]} | ${r[1]} | ${r[3]}`)).toEqual([
      "Елена Смирнова | Свести отчёт по курсам | 5",
      "Калашниковская СОШ | Сдать план ШМО | 7",
      "Микшинская СОШ | Разместить положение о наставничестве на сайте | 3",
      "СОШ №2 | Разместить положение о наставничестве на сайте | 3",
    ]);
    const missing = workbook.getWorksheet("Не сданные формы")!;
    expect(missing.actualRowCount).toBe(2 + 4); // title, header, four schools
    // Schools by short name and states in the bot's words, as /status shows them.
    const states = [4, 5, 6, 7].map((r) => (missing.getRow(r).values as unknown[]).slice(3, 5).join(" | "));
    for (const line of states) expect(line).toMatch(/^(СОШ №\d|[А-Я][а-я]+ (СОШ|ООШ)) \| (не начат|черновик)$/);
  });

  it("the picture changes as tasks close", async () => {
    await s.stack.db.prisma.taskAssignment.update({ where: { id: taskA.assignmentIds[2]! }, data: { status: "DONE", doneAt: s.stack.clock.now() } });
    const { replies } = await s.user("official").send("/status");
    expect(replies.at(-1)!.text).toContain("⛔ Просрочено поручений: 3 (школ: 2, сотрудников: 1)");
    expect(replies.at(-1)!.text).toContain("4. Микшинская СОШ — поручений: 0, форм: 1");
  });
});

describe("a methodologist and a head", () => {
  it("a methodologist sees their own campaigns and tasks", async () => {
    const { replies } = await s.user("methodologist").send("/status");
    const text = replies.at(-1)!.text;
    expect(text).toContain("📊 Ваши мониторинги и поручения");
    expect(text).toContain("• «Мониторинг наставничества» — не сдали 4 из 5");
    expect(text).toContain("⛔ Просрочено поручений: 1 (школ: 1, сотрудников: 0)");
    expect(text).not.toContain("Свести отчёт по курсам");
  });

  it("a head sees their own school, with buttons to act", async () => {
    const head = s.user("head3");
    const { replies } = await head.send("/status");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain("🏫 Калашниковская СОШ");
    expect(replies[0]!.buttons.flat()).toEqual(["📝 Мониторинг наставничества", "✅ Сдать план ШМО"]);
  });

  it("a head cannot see another school or the municipality, even with forged buttons", async () => {
    const head = s.user("head3");
    const other = await head.pressData(`status:school:${s.schoolId("СОШ №2")}`);
    expect(other.answer?.text).toBe("Это не ваше: у вас нет доступа к этим данным.");
    const picture = await head.pressData("status:page:0");
    expect(textOf(picture.replies)).not.toContain("Кто должен");
    expect(picture.answer?.showAlert).toBe(true);
    expect((await head.pressData("status:school:abc")).answer?.text).toContain("устарела");
  });
});
