// An official records a meeting: the seed protocol's «РЕШИЛИ» pasted and split into four tasks for every
// school, and a methodologist enters decisions one by one; wrong input gets a clear answer and loses nothing.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

const PROTOCOL = readFileSync(new URL("../../../src/demo/data/protocol-likhoslavl-2023-05-31.txt", import.meta.url), "utf8");

let s: CampaignScenario;
beforeAll(async () => {
  s = await startCampaignScenario();
});
afterAll(() => s?.close());

async function header(user: ReturnType<CampaignScenario["user"]>, number: string, date: string, title: string) {
  expect(textOf((await user.send("/meeting")).replies)).toContain("Номер протокола?");
  await user.send(number);
  expect(last(user).text).toContain("Дата совещания?");
  await user.send(date);
  expect(last(user).text).toContain("Тема совещания?");
  await user.send(title);
  expect(last(user).text).toContain("Как внесём решения?");
}

describe("recording a meeting, over the bot", () => {
  it("the official pastes the seed protocol: a preview of four decisions, then four tasks for all five schools", async () => {
    const official = s.user("official");
    await header(official, "№15", "31.05.2023", "Совещание с руководителями ОО");
    await official.press(/Вставить текст/);
    expect(last(official).text).toContain("Вставьте текст решений");

    const preview = textOf((await official.send(PROTOCOL)).replies);
    expect(preview).toContain("Протокол №15 от 31.05.2023");
    expect(preview).toContain("Проверьте решения (4)");
    expect(preview).toContain("1. Провести детальный анализ мероприятий");
    expect(preview).toContain("4. Обеспечивать повышение квалификации");
    expect(preview).toContain("Срок: 30.06.2023 (уже прошёл) · Отв.: все школы (5)");
    expect(preview).toContain("Срок: постоянно · Отв.: все школы (5)");
    expect(preview).not.toContain("⚠️");
    expect(last(official).buttons.flat()).toEqual(expect.arrayContaining(["✅ Сохранить", "✏️ 1", "✏️ 4", "➕ Добавить решение"]));
    // Nothing is stored before the sender confirms.
    expect(await s.stack.db.prisma.task.count()).toBe(0);

    // Fix item 2's deadline: a text where a date belongs is refused with the reason, then a date is taken.
    await official.press("✏️ 2");
    await official.press("Срок");
    expect(textOf((await official.send("к концу года")).replies)).toContain("Не понял срок «к концу года»");
    const fixed = textOf((await official.send("до 25 декабря 2026 г.")).replies);
    expect(fixed).toContain("Срок: 25.12.2026 · Отв.: все школы (5)");

    const saved = await official.press("✅ Сохранить");
    expect(textOf(saved.replies)).toContain("Протокол сохранён: поручений — 4, исполнителей — 20");

    const tasks = await s.stack.db.prisma.task.findMany({ orderBy: { id: "asc" }, include: { assignments: true, decision: true } });
    expect(tasks.map((t) => [t.decision?.number, t.standing, t.assignments.length])).toEqual([
      [1, false, 5],
      [2, false, 5],
      [3, true, 5],
      [4, true, 5],
    ]);
    expect(tasks[1]!.dueAt?.toISOString()).toBe("2026-12-25T20:59:00.000Z"); // 23:59 in Moscow
    expect(tasks[2]!.dueAt).toBeNull();
    const meeting = await s.stack.db.prisma.meeting.findFirstOrThrow();
    expect([meeting.number, meeting.heldOn.toISOString().slice(0, 10), meeting.title]).toEqual(["15", "2023-05-31", "Совещание с руководителями ОО"]);

    // Every head hears once, with the list; the official who recorded it does not.
    await s.stack.drainOutbox();
    for (const key of ["head1", "head2", "head3"] as const) {
      expect(last(s.user(key)).text).toContain("🗂 Новые поручения по протоколу №15 от 31.05.2023 (Совещание с руководителями ОО): 4");
    }
    expect(last(official).text).toContain("Протокол сохранён");
    // A head of any school now sees the four in «Мои поручения».
    const mine = await s.user("head3").send("/tasks");
    expect(textOf(mine.replies)).toContain("Мои поручения");
    expect(last(s.user("head3")).buttons.flat()).toHaveLength(4);
  });

  it("the methodologist enters a decision one at a time, with a typed responsible phrase", async () => {
    const methodologist = s.user("methodologist");
    await header(methodologist, "16", "23.11.2026", "Совещание по наставничеству");
    await methodologist.press("По одному");
    expect(last(methodologist).text).toContain("Решение №1: что нужно сделать?");
    await methodologist.send("Назначить наставников молодым педагогам");
    expect(last(methodologist).text).toContain("Срок?");
    await methodologist.send("15.12.2026");
    expect(last(methodologist).text).toContain("Кто отвечает?");
    expect(textOf((await methodologist.send("СОШ №2, районный совет")).replies)).toContain("Не понял, кто это: «районный совет»");
    await methodologist.send("СОШ №2, МОУО");
    expect(last(methodologist).text).toContain("Решений: 1. Добавить ещё?");
    await methodologist.press("➕ Ещё решение");
    await methodologist.send("Вести реестр наставнических пар");
    await methodologist.press("Постоянно");
    await methodologist.press("Выбрать школы");
    await methodologist.press("1");
    await methodologist.press("3");
    await methodologist.press(/^Готово/);
    const preview = textOf((await methodologist.press("Готово — проверить")).replies);
    expect(preview).toContain("1. Назначить наставников молодым педагогам");
    expect(preview).toContain("Срок: 15.12.2026 · Отв.: СОШ №2, Андрей Волков");
    expect(preview).toContain("Срок: постоянно · Отв.: Кавская ООШ, Микшинская СОШ"); // the list is alphabetical
    const saved = await methodologist.press("✅ Сохранить");
    expect(textOf(saved.replies)).toContain("поручений — 2, исполнителей — 4");

    // The official was named (МОУО): the task is in their own list too.
    const officialList = textOf((await s.user("official").send("/tasks")).replies);
    expect(officialList).toContain("Ваши поручения: 1");
  });

  it("a paste with no numbered decisions is refused and the wizard waits for a proper one", async () => {
    const official = s.user("official");
    await header(official, "17", "23.11.2026", "Пустое совещание");
    await official.press(/Вставить текст/);
    expect(textOf((await official.send("Решили:")).replies)).toContain("Не нашёл пронумерованных решений");
    expect(last(official).text).toContain("Вставьте текст решений");
    const preview = textOf((await official.send("Решили:\n1. Сдать отчёты. Срок: 01.12.2026. Отв.: руководители ОО")).replies);
    expect(preview).toContain("Проверьте решения (1)");
    await official.press("✖️ Отмена");
    expect(last(official).text).toContain("Протокол не сохранён");
  });

  it("an unknown responsible in a paste is shown for the sender to choose, and blocks saving until chosen", async () => {
    const official = s.user("official");
    await header(official, "18", "23.11.2026", "Совещание с ветеранами");
    await official.press(/Вставить текст/);
    const preview = textOf((await official.send("РЕШИЛИ:\n1. Провести встречу. Срок: 10.12.2026. Отв.: совет ветеранов")).replies);
    expect(preview).toContain("⚠️ не понял, кто отвечает: «совет ветеранов» — выберите");
    expect(last(official).buttons.flat()).not.toContain("✅ Сохранить");
    await official.press("✏️ 1");
    await official.press("Ответственные");
    const fixed = textOf((await official.press("🏫 Все руководители ОО")).replies);
    expect(fixed).not.toContain("⚠️");
    await official.press("✅ Сохранить");
    expect(last(official).text).toContain("поручений — 1, исполнителей — 5");
  });
});
