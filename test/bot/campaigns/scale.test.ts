// A municipality of 1,000 schools through the bot: the wizard creates a campaign for 300 chosen schools, the
// staff screens page through the list and find a school by part of its name, a form is reopened from the
// chooser — and every message stays within Telegram's limits (one message a screen, never a flood).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import { SCENARIO_START, textOf } from "../../support/campaign-scenario.js";
import { seedScaleMunicipality, type ScaleMunicipality } from "../../support/scale-seed.js";
import { expectWithinTelegramLimits } from "../../support/telegram-limits.js";
import { createTestDatabase } from "../../support/test-database.js";

const SCHOOLS = 1000;
let stack: LocalStack;
let m: ScaleMunicipality;
let methodologist: SimulatedUser;

beforeAll(async () => {
  const db = await createTestDatabase();
  stack = await startLocalStack({ db, startAt: new Date(SCENARIO_START) });
  m = await seedScaleMunicipality(db.prisma, { schools: SCHOOLS, now: new Date(SCENARIO_START), staffTelegramIds: [700_001, 700_002] });
  methodologist = stack.server.user({ id: 700_001, first_name: "Мария", last_name: "Методист", language_code: "ru" });
}, 120_000);
afterAll(async () => {
  if (methodologist) expectWithinTelegramLimits(methodologist.messages());
  await stack?.close();
});

/** The newest bot message, its text with Fluent's no-break group separators as plain spaces ("1 000"). */
const last = (user: SimulatedUser) => {
  const message = user.lastMessage()!;
  return { ...message, text: plain(message.text) };
};
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("the new-campaign wizard at 1,000 schools", () => {
  it("creates a campaign for 300 schools chosen by a typed range, paging and searching on the way", async () => {
    await methodologist.send("/newcampaign");
    await methodologist.send("Мониторинг наставничества");
    await methodologist.press("2026-Q4");
    await methodologist.press("1");
    await methodologist.press(/^Готово/);
    await methodologist.press("Сейчас");
    let r = await methodologist.send("30.11.2026");
    const picker = r.replies.at(-1)!;
    expect(picker.text).toContain("Каким школам?");
    expect(plain(picker.text)).toContain("Выбрано: 0 из 1 000");
    expect(picker.text).toContain("Стр. 1 из 50");
    expectWithinTelegramLimits([picker]);

    r = await methodologist.send("1-300");
    expect(last(methodologist).text).toContain("Выбрано: 300 из 1 000");
    // Page 2 in place: the same message, edited.
    const before = last(methodologist).messageId;
    await methodologist.press("▶︎");
    expect(last(methodologist).messageId).toBe(before);
    expect(last(methodologist).text).toContain("Стр. 2 из 50");
    expect(last(methodologist).text).toContain("✅ 21.");

    // A search by part of the name: what is found can be ticked at once, and unticked.
    await methodologist.send("школа № 999");
    expect(last(methodologist).text).toContain("«школа № 999»: найдено 1");
    expect(last(methodologist).text).toContain("▫️ 1. Школа № 999");
    await methodologist.press("☑️ Отметить найденные (1)");
    expect(last(methodologist).text).toContain("Выбрано: 301 из 1 000");
    await methodologist.press("Снять найденные");
    expect(last(methodologist).text).toContain("Выбрано: 300 из 1 000");
    await methodologist.press("✖️ Сбросить поиск");
    await methodologist.press("Только выбранные");
    expect(last(methodologist).text).toContain("Показаны только выбранные");
    expect(last(methodologist).text).toContain("Стр. 1 из 15");
    r = await methodologist.press("Готово (300)");
    const summary = r.replies.at(-1)!.text;
    expect(summary).toContain("Проверьте");
    expect(summary).toContain("и ещё 285 (всего 300)");

    r = await methodologist.press(/Создать/);
    expect(textOf(r.replies)).toContain("создан и открыт для 300 шк.");
    const campaign = await stack.db.prisma.campaign.findFirstOrThrow({ where: { title: "Мониторинг наставничества" } });
    const chosen = await stack.db.prisma.campaignSchool.findMany({ where: { campaignId: campaign.id }, include: { school: true } });
    expect(chosen).toHaveLength(300);
    // The first 300 of the list as the picker numbers it (by short name: «Школа № 1», «Школа № 10», …).
    const collator = new Intl.Collator("ru");
    const all = await stack.db.prisma.school.findMany({ where: { municipalityId: m.municipalityId } });
    const first300 = all.sort((a, b) => collator.compare(a.shortName, b.shortName) || a.id - b.id).slice(0, 300).map((s) => s.id);
    expect(chosen.map((c) => c.schoolId).sort((a, b) => a - b)).toEqual(first300.sort((a, b) => a - b));
  });
});

describe("staff screens at 1,000 schools", () => {
  async function openCard(title: string) {
    const list = await methodologist.send("/campaigns");
    expectWithinTelegramLimits(list.replies);
    await methodologist.press(new RegExp(`^${title}`));
  }

  it("«Итоги» in one message; the per-school table pages in place and finds a school by part of its name", async () => {
    await openCard("Мониторинг 2026-Q4");
    let r = await methodologist.press("📊 Итоги");
    expect(r.replies).toHaveLength(1);
    expect(plain(r.replies[0]!.text)).toContain("сдали 700 из 1 000");

    await openCard("Мониторинг 2026-Q4");
    r = await methodologist.press("🏫 По школам");
    expect(r.replies).toHaveLength(1);
    const table = r.replies[0]!;
    expect(plain(table.text)).toMatch(/Стр\. 1 из \d+ · всего 1 000/);
    await methodologist.press("▶︎");
    expect(last(methodologist).messageId).toBe(table.messageId);
    expect(last(methodologist).text).toMatch(/Стр\. 2 из \d+/);

    await methodologist.press("🔎 Найти школу");
    expect(last(methodologist).text).toContain("Напишите часть названия школы");
    const found = (await methodologist.send("школа № 50")).replies.at(-1)!;
    expect(found.text).toContain("«школа № 50»: найдено 11"); // 50, 500–509
    expect(found.text).toContain("Школа № 500");
    expect(found.buttons.flat()).toContain("✖️ Сбросить поиск");
  });

  it("«Не сдали»: 300 schools a page at a time, each page one message", async () => {
    await openCard("Мониторинг 2026-Q4");
    const r = await methodologist.press("⏳ Не сдали");
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]!.text).toContain("Не сдали «Мониторинг 2026-Q4»: 300");
    expect(r.replies[0]!.text).toContain("Стр. 1 из 15");
    for (let page = 2; page <= 3; page++) {
      await methodologist.press("▶︎");
      expect(last(methodologist).text).toContain(`Стр. ${page} из 15`);
    }
  });

  it("reopening works at 1,000: only those not submitted, found by name, reopened with one press", async () => {
    await openCard("Мониторинг 2026-Q3");
    let r = await methodologist.press("🔓 Открыть школе заново");
    const chooser = r.replies.at(-1)!;
    expect(chooser.text).toContain("Какой школе открыть форму «Мониторинг 2026-Q3» заново");
    expect(chooser.buttons.flat()).toContain("Только не сдавшие");
    await methodologist.press("Только не сдавшие");
    expect(last(methodologist).text).toContain("всего 50"); // 5 % of 1,000 did not submit last period
    await methodologist.press("🔎 Найти школу");
    const found = await methodologist.send("999");
    expect(found.replies.at(-1)!.buttons.flat()).toContain("Школа № 999");
    r = await methodologist.press("Школа № 999");
    expect(textOf(r.replies)).toContain("Форма открыта заново для МОУ «Школа № 999»");
    const reopened = await stack.db.prisma.campaignSchool.findMany({ where: { campaignId: m.campaignIds[0]!, reopenedUntil: { not: null } } });
    expect(reopened).toHaveLength(1);
  });
});
