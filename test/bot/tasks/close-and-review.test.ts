// Heads close their school's tasks from the phone — with a comment, with a file — and staff accept one and
// return another with a reason; the returned one comes first in the head's list, and the head is told why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { assignmentOf, recordMeetingThroughDomain } from "../../support/tasks-scenario.js";

let s: CampaignScenario;
let analysis: number; // due 30.11.2026, every school
let standing: number; // «постоянно», every school
beforeAll(async () => {
  s = await startCampaignScenario();
  const ids = await recordMeetingThroughDomain(s, [
    { text: "Провести анализ курсов ПК", due: "2026-11-30", schools: "all" },
    { text: "Информировать педагогов", due: "standing", schools: "all" },
  ]);
  [analysis, standing] = [ids[0]!, ids[1]!];
  await s.stack.drainOutbox(); // the «new tasks» notices
});
afterAll(() => s?.close());

describe("closing and reviewing tasks, over the bot", () => {
  it("a head closes a task with a comment", async () => {
    const head = s.user("head1");
    const notice = last(head);
    expect(notice.text).toContain("🗂 Новые поручения по протоколу №15 от 20.11.2026 (Совещание с руководителями ОО): 2");
    expect(notice.text).toContain("1. Провести анализ курсов ПК — 30.11.2026\n2. Информировать педагогов — постоянно");
    expect(notice.buttons.flat()).toContain("✅ Мои поручения");
    const list = await head.send("/tasks");
    expect(textOf(list.replies)).toContain("Мои поручения");
    expect(last(head).buttons.flat()).toEqual([
      "⚪️ 30.11.2026 · Провести анализ курсов ПК",
      "⚪️ постоянно · Информировать педагогов",
    ]);
    const card = textOf((await head.press(/Провести анализ/)).replies);
    expect(card).toContain("Протокол №15 от 20.11.2026, п. 1");
    expect(card).toContain("Срок: 30.11.2026");
    expect(card).toContain("Статус: ⚪️ в работе");
    await head.press(/Выполнено/);
    expect(last(head).text).toContain("Напишите, что сделано, пришлите файл");
    const confirm = textOf((await head.send("Анализ проведён, справка на сайте школы https://school1.example/spravka")).replies);
    expect(confirm).toContain("💬 Анализ проведён");
    expect(confirm).toContain("🔗 https://school1.example/spravka");
    const sent = textOf((await head.press("✅ Отправить")).replies);
    expect(sent).toContain("✅ Отчёт отправлен: «Провести анализ курсов ПК»");

    const row = await s.stack.db.prisma.taskAssignment.findUniqueOrThrow({ where: { id: await assignmentOf(s, analysis, "СОШ №1") } });
    expect(row.status).toBe("DONE");
    expect(row.evidenceUrl).toBe("https://school1.example/spravka");
    // The official who recorded the meeting is told there is a report to review, with a button to it.
    await s.stack.drainOutbox();
    const told = last(s.user("official"));
    expect(told.text).toBe("🟡 СОШ №1 отчитались по поручению «Провести анализ курсов ПК». Проверьте и примите или верните.");
    expect(told.buttons.flat()).toEqual(["Открыть отчёт"]);
  });

  it("a head closes a task with a file; typing at the confirmation keeps it waiting for the press", async () => {
    const head = s.user("head2");
    await head.send("/tasks");
    await head.press(/Провести анализ/);
    await head.press(/Выполнено/);
    const confirm = textOf((await head.upload("Справка-анализ.pdf", "%PDF-1.4 справка", "application/pdf", "Справка во вложении")).replies);
    expect(confirm).toContain("💬 Справка во вложении");
    expect(confirm).toContain("📎 Справка-анализ.pdf");
    // Typing instead of pressing keeps the report waiting for the press.
    expect(textOf((await head.send("ну что там?")).replies)).toContain("Нажмите «Отправить»");
    await head.press("✅ Отправить", { messageId: confirmMessage(head) });
    const list = await head.send("/tasks");
    expect(textOf(list.replies)).toContain("на проверке: 1");
  });

  it("the official accepts one report and returns the other with a reason; the head hears why", async () => {
    const official = s.user("official");
    const overview = textOf((await official.send("/tasks")).replies);
    expect(overview).toContain("Ждут проверки: 2");
    expect(overview).toContain("в работе: 3 · на проверке: 2");

    const report = textOf((await official.press(/СОШ №1: /)).replies);
    expect(report).toContain("Отчёт: Ирина Петрова, 23.11.2026");
    expect(report).toContain("💬 Анализ проведён");
    const accepted = await official.press("👍 Принять");
    expect(textOf(accepted.replies)).toContain("Принято: СОШ №1");
    await s.stack.drainOutbox();
    expect(last(s.user("head1")).text).toBe("👍 Отчёт принят: «Провести анализ курсов ПК».");

    await official.send("/tasks");
    await official.press(/СОШ №2: /);
    const file = await official.press("📎 Файл отчёта");
    expect(file.replies.at(-1)?.document?.filename).toBe("Справка-анализ.pdf");
    await official.press("↩️ Вернуть");
    expect(last(official).text).toContain("Напишите причину");
    const returned = textOf((await official.send("Нет данных по молодым педагогам")).replies);
    expect(returned).toContain("Возвращено: СОШ №2");

    await s.stack.drainOutbox();
    const told = last(s.user("head2"));
    expect(told.text).toBe(
      "↩️ Поручение возвращено: «Провести анализ курсов ПК».\nПричина: Нет данных по молодым педагогам\nДоделайте и отчитайтесь ещё раз.",
    );
    const card = await s.user("head2").press("Открыть поручение");
    expect(textOf(card.replies)).toContain("Статус: ↩️ возвращено");
  });

  it("the returned task comes first in the head's list, with the reason, and can be closed again", async () => {
    const head = s.user("head2");
    await head.send("/tasks");
    const buttons = last(head).buttons.flat();
    expect(buttons[0]).toBe("↩️ 30.11.2026 · Провести анализ курсов ПК");
    const card = textOf((await head.press(/^↩️/)).replies);
    expect(card).toContain("↩️ Возвращено: Нет данных по молодым педагогам");
    await head.press(/Выполнено/);
    await head.send("Добавили данные по молодым педагогам");
    await head.press("✅ Отправить");
    const row = await s.stack.db.prisma.taskAssignment.findUniqueOrThrow({ where: { id: await assignmentOf(s, analysis, "СОШ №2") } });
    expect([row.status, row.returnReason, row.evidenceText]).toEqual(["DONE", "Нет данных по молодым педагогам", "Добавили данные по молодым педагогам"]);
  });

  it("past the deadline an open task is overdue and listed before open ones; a standing one never is", async () => {
    s.stack.clock.set("2026-12-01T09:00:00Z");
    const head = s.user("head3");
    await head.send("/tasks");
    expect(last(head).buttons.flat()).toEqual([
      "🔴 30.11.2026 · Провести анализ курсов ПК",
      "⚪️ постоянно · Информировать педагогов",
    ]);
    expect(last(head).text).toContain("просрочено: 1");
    const overview = textOf((await s.user("official").send("/tasks")).replies);
    expect(overview).toContain("1. Провести анализ курсов ПК — 30.11.2026\n   просрочено: 3 · на проверке: 1 · принято: 1");
    expect(overview).toContain("2. Информировать педагогов — постоянно\n   в работе: 5");
    const standingRows = await s.stack.db.prisma.taskAssignment.count({ where: { taskId: standing, dueAt: null, status: "OPEN" } });
    expect(standingRows).toBe(5);
  });

  it("the main menu opens the same screens: «Поручения» for a head, «Протоколы и поручения» for staff", async () => {
    const head = s.user("head3");
    await head.send("/menu");
    const list = await head.press("✅ Поручения");
    expect(textOf(list.replies)).toContain("Мои поручения");
    const methodologist = s.user("methodologist");
    await methodologist.send("/menu");
    expect(last(methodologist).buttons.flat()).toContain("🗂 Протоколы и поручения"); // no longer «скоро»
    const staff = await methodologist.press("🗂 Протоколы и поручения");
    expect(textOf(staff.replies)).toContain("Поручения (стр. 1 из 1)");
    expect(last(methodologist).buttons.flat()).toContain("➕ Внести протокол");
  });
});

/** The message with the «Отправить» button (the confirmation), even after later replies. */
function confirmMessage(user: ReturnType<CampaignScenario["user"]>): number {
  const message = user.messages().filter((m) => m.buttons.flat().includes("✅ Отправить")).at(-1);
  if (!message) throw new Error("no confirmation message");
  return message.messageId;
}
