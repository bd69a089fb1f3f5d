// A methodologist sends the roadmap to the bot as a Word document, reads what the bot understood, confirms;
// heads then see the plan's items as their school's tasks. Bad files get a reason and store nothing.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocx } from "../../support/build-docx.js";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

const LIKHOSLAVL = readFileSync(new URL("../../../seeds/roadmaps/roadmap-likhoslavl.docx", import.meta.url));

let s: CampaignScenario;
beforeAll(async () => {
  s = await startCampaignScenario();
});
afterAll(() => s?.close());

const plans = () => s.stack.domain.db.plan.count();

describe("importing the roadmap through the bot", () => {
  it("the methodologist sends the .docx, reads the preview, confirms; the plan and its tasks are stored", async () => {
    const methodologist = s.user("methodologist");
    const sent = await methodologist.upload("roadmap-likhoslavl.docx", LIKHOSLAVL);
    const preview = textOf(sent.replies);
    expect(preview).toContain("Читаю файл");
    expect(preview).toContain("Период: 01.09.2022 – 31.08.2023");
    expect(preview).toContain("Мероприятий: 9, разделов: 6");
    expect(preview).toContain("«ежеквартально» → ежеквартально → 31.03, 30.06, 30.09, 31.12 каждого года");
    expect(preview).toContain("«декабрь 2022 - январь 2023» → 01.12.2022 – 31.01.2023");
    expect(preview).toContain("👥 специалисты МОУО; руководители всех ОО");
    expect(preview).toContain("❗ Не понято строк: 3");
    expect(preview).toContain("срок «в течение года / февраль 2023 / в течение года» — ❓ несколько сроков в одной строке");
    expect(preview).toContain("срок «октябрь 2023» за пределами периода плана");
    expect(last(methodologist).buttons.flat()).toEqual(["✅ Сохранить", "✖ Отмена"]);
    expect(await plans()).toBe(0);

    const saved = await methodologist.press("✅ Сохранить");
    // Items with a deadline: 8; each goes to the department's official (МОУО) and, where «ОО», to the 5 schools.
    expect(textOf(saved.replies)).toContain("✅ План сохранён: 9 мероприятий, 6 разделов. Поручений создано: 8");
    expect(await plans()).toBe(1);
  });

  it("a head sees the plan with their school's state; staff see each item by school", async () => {
    const plan = await s.user("head1").send("/plan");
    const text = textOf(plan.replies);
    expect(text).toContain("Осуществление мониторинга"); // section heading
    // The demo's clock is in 2026: the 2022-2023 plan's deadlines have passed.
    expect(text).toMatch(/🔴 • Проведение мониторинга профессионального образования .* — срок был 30\.06\.2023/);
    expect(text).toMatch(/⚪ • Утверждение Положения о мониторинге .* — 31\.08\.2023/);

    const methodologist = s.user("methodologist");
    await methodologist.send("/plan");
    expect(last(methodologist).text).toMatch(/Проведение мониторинга .* — 30\.06\.2023: выполнили 0 из 6, просрочено 6/);
    const card = await methodologist.press(/^• Проведение мониторинга/);
    expect(textOf(card.replies)).toContain("🔴 СОШ №1 — просрочено");
    const excel = await methodologist.press("📥 Excel");
    expect(excel.replies.at(-1)!.text).toContain("в тех же столбцах");
  });

  it("the same document again: the preview says nothing changed; cancel stores nothing", async () => {
    const methodologist = s.user("methodologist");
    const sent = await methodologist.upload("roadmap-likhoslavl.docx", LIKHOSLAVL);
    expect(textOf(sent.replies)).toContain("Этот план уже загружен. Добавлено: 0, изменено: 0, удалено: 0, без изменений: 9.");
    const cancelled = await methodologist.press("✖ Отмена");
    expect(textOf(cancelled.replies)).toContain("Отменено, ничего не сохранено.");
    expect(await plans()).toBe(1);
  });

  it.each([
    ["план.doc", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), "сохраните как .docx"],
    ["скан.jpg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]), "Фото или скан страницы прочитать нельзя"],
    ["encrypted.docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("EncryptedPackage", "utf16le")]), "защищён паролем"],
  ])("a bad file «%s» gets its reason and stores nothing", async (name, bytes, reason) => {
    const reply = await s.user("methodologist").upload(name, bytes);
    expect(textOf(reply.replies)).toContain(reason);
    expect(await plans()).toBe(1);
  });

  it("a .docx with no table and an empty table get their reasons", async () => {
    const methodologist = s.user("methodologist");
    const noTable = await methodologist.upload("текст.docx", await buildDocx([{ paragraph: "План на 2024 год" }]));
    expect(textOf(noTable.replies)).toContain("В файле нет таблицы плана");
    const empty = await methodologist.upload("пусто.docx", await buildDocx([{ table: [["Мероприятие", "Сроки", "Ответственные"]] }]));
    expect(textOf(empty.replies)).toContain("Таблица плана пустая");
    expect(await plans()).toBe(1);
  });
});
