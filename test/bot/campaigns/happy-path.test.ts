// Test 1: the whole path through the bot — the methodologist creates a campaign in a conversation, the head
// fills it in and submits, gets a receipt, sees "сдан" in /forms; the methodologist sees the results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { last, SCENARIO_START, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
beforeAll(async () => {
  s = await startCampaignScenario();
});
afterAll(() => s?.close());

describe("a campaign from creation to results, over the bot", () => {
  it("methodologist creates, head fills and submits, methodologist sees the results", async () => {
    const methodologist = s.user("methodologist");
    const head = s.user("head1");
    s.stack.clock.set(SCENARIO_START); // the clock ticks on from the start: the receipt shows 12:00

    expect(textOf((await methodologist.send("/newcampaign")).replies)).toContain("Как он называется?");
    expect(last(methodologist).buttons.flat()).toContain("✖️ Отмена");
    await methodologist.send("Мониторинг ПК, 4 квартал");
    expect(last(methodologist).text).toContain("За какой период?");
    await methodologist.press("2026-Q4");
    expect(last(methodologist).text).toContain("Какие показатели собираем?");
    await methodologist.press("1");
    await methodologist.press("5");
    expect(last(methodologist).buttons.flat()).toContain("Готово (2)");
    await methodologist.press(/^Готово/);
    expect(last(methodologist).text).toContain("Когда открыть форму?");
    await methodologist.press("Сейчас");
    expect(last(methodologist).text).toContain("Срок сдачи?");
    await methodologist.send("30.11.2026");
    expect(last(methodologist).text).toContain("Каким школам?");
    await methodologist.press("Все");
    const summary = last(methodologist).text;
    expect(summary).toContain("Проверьте");
    expect(summary).toContain("Мониторинг ПК, 4 квартал");
    expect(summary).toContain("Доля педагогических работников, прошедших диагностику профессиональных дефицитов");
    expect(summary).toContain("Наличие нормативного акта о деятельности методических объединений");
    expect(summary).toContain("30.11.2026 23:59");
    expect(summary).toContain("все школы (5)");

    const created = await methodologist.press(/Создать/);
    expect(textOf(created.replies)).toContain("создан и открыт");
    // The opening notice goes through the outbox: the woken dispatcher sends it after the answer above.
    await s.stack.drainOutbox();
    const notice = last(head);
    expect(notice.text).toContain("Открыт мониторинг «Мониторинг ПК, 4 квартал» (СОШ №1)");
    expect(notice.text).toContain("30.11.2026 23:59");

    const first = await head.press(/Заполнить/);
    expect(textOf(first.replies)).toContain("вопрос 1 из 2");
    expect(textOf(first.replies)).toContain("Доля педагогических работников, прошедших диагностику");
    const second = await head.send("5 из 20");
    expect(textOf(second.replies)).toContain("вопрос 2 из 2");
    const review = await head.press("Да");
    const reviewText = textOf(review.replies);
    expect(reviewText).toContain("Проверьте ответы");
    expect(reviewText).toContain("5 из 20 (25%)");
    expect(reviewText).toMatch(/методических объединений — да/);

    const receipt = await head.press(/Отправить/);
    expect(textOf(receipt.replies)).toMatch(/✅ Принято: «Мониторинг ПК, 4 квартал», СОШ №1, 23\.11\.2026 12:00/);
    expect(textOf(receipt.replies)).toContain("исправить до 30.11.2026 23:59");

    const forms = await head.send("/forms");
    expect(textOf(forms.replies)).toContain("— сдан");

    await methodologist.send("/campaigns");
    expect(last(methodologist).text).toContain("Сдали 1 из 5");
    await methodologist.press(/Мониторинг ПК/);
    const results = await methodologist.press(/Итоги/);
    const resultsText = textOf(results.replies);
    expect(resultsText).toContain("сдали 1 из 5");
    expect(resultsText).toContain("5 из 20 (25%)");
  });

  it("the head's /forms lists the submitted form with an edit button; staff have no /forms of their own", async () => {
    const forms = await s.user("head1").send("/forms");
    expect(forms.replies.at(-1)!.buttons.flat()).toEqual(["✏️ Мониторинг ПК, 4 квартал"]);
    // A head of a school who has not started sees it as not started.
    const other = await s.user("head2").send("/forms");
    expect(textOf(other.replies)).toContain("Мониторинг ПК, 4 квартал — не начат, 0 из 2");
  });
});

describe("the methodologist's creation conversation", () => {
  it("re-asks a short title, a bad period, a wrong date and a deadline before the opening; cancel creates nothing", async () => {
    const m = s.user("methodologist");
    const before = await s.stack.db.prisma.campaign.count();

    await m.send("/newcampaign");
    let r = await m.send("Ок");
    expect(textOf(r.replies)).toContain("Название — от 3 до 200 символов");
    expect(r.replies.at(-1)!.text).toContain("Как он называется?");
    await m.send("Мониторинг наставничества");

    r = await m.send("4 квартал");
    expect(textOf(r.replies)).toContain("Период — квартал «2026-Q4» или год «2026»");
    expect(r.replies.at(-1)!.text).toContain("За какой период?");
    r = await m.send("2027 q1");
    expect(r.replies.at(-1)!.text).toContain("Какие показатели собираем?");

    // Typed numbers toggle too; "Готово" appears once something is chosen.
    r = await m.send("7 8");
    expect(r.replies.at(-1)!.buttons.flat()).toContain("Готово (2)");
    await m.press(/^Готово/);

    r = await m.send("32.13.2026");
    expect(textOf(r.replies)).toContain("Не понял дату");
    expect(r.replies.at(-1)!.text).toContain("Когда открыть форму?");
    r = await m.send("01.12.2026 09:00");
    expect(r.replies.at(-1)!.text).toContain("Срок сдачи?");

    r = await m.send("к концу месяца");
    expect(textOf(r.replies)).toContain("Не понял дату");
    r = await m.send("завтра"); // read as a date, and before the opening
    expect(textOf(r.replies)).toContain("Срок должен быть позже открытия (01.12.2026 09:00)");
    r = await m.send("28.11.2026");
    expect(textOf(r.replies)).toContain("Срок должен быть позже открытия (01.12.2026 09:00)");
    expect(r.replies.at(-1)!.text).toContain("Срок сдачи?");
    r = await m.send("15.12.2026 18:00");
    expect(r.replies.at(-1)!.text).toContain("Каким школам?");

    await m.press("4");
    await m.press("5");
    r = await m.press("Готово (2)");
    const summary = r.replies.at(-1)!.text;
    expect(summary).toContain("Период: 2027-Q1");
    expect(summary).toContain("Открытие: 01.12.2026 09:00");
    expect(summary).toContain("Срок: 15.12.2026 18:00");
    expect(summary).toContain("Школы: СОШ №1, СОШ №2");
    expect(summary).toContain("Наличие нормативного акта о наставничестве");

    const summaryId = r.replies.at(-1)!.messageId;
    r = await m.press("✖️ Отмена");
    expect(textOf(r.replies)).toContain("Создание мониторинга отменено");
    // The summary's "Создать" is dead now.
    const stale = await m.press(/Создать/, { messageId: summaryId });
    expect(stale.answer?.text).toContain("устарела");
    expect(await s.stack.db.prisma.campaign.count()).toBe(before);
  });

  it("/cancel in the middle ends it too, and a scheduled campaign says when it opens", async () => {
    const m = s.user("methodologist");
    await m.send("/newcampaign");
    await m.send("Черновой мониторинг");
    const r = await m.send("/cancel");
    expect(textOf(r.replies)).toContain("Создание мониторинга отменено");
    const after = await m.send("просто текст");
    expect(textOf(after.replies)).toContain("Не понял сообщение");

    await m.send("/newcampaign");
    await m.send("Мониторинг аттестации");
    await m.press("2026");
    await m.press("3");
    await m.press(/^Готово/);
    await m.send("01.12.2026");
    await m.send("10.12");
    await m.press("Все");
    const created = await m.press(/Создать/);
    expect(textOf(created.replies)).toContain("Мониторинг «Мониторинг аттестации» создан. Откроется 01.12.2026 09:00");
    const campaign = await s.stack.db.prisma.campaign.findFirstOrThrow({ where: { title: "Мониторинг аттестации" } });
    expect(campaign.period).toBe("2026");
    expect(campaign.deadline.toISOString()).toBe("2026-12-10T20:59:00.000Z");
    // Not open yet: heads see nothing new.
    expect(last(s.user("head2")).text).not.toContain("Мониторинг аттестации");
  });

  it("created at 23:30 local, in quiet hours: the answer says the heads are invited at 09:00, and they are not told before", async () => {
    const m = s.user("methodologist");
    const head = s.user("head3");
    await s.stack.drainOutbox();
    const before = head.mark();
    s.stack.clock.set("2026-11-24T20:30:00Z"); // 23:30 in Moscow; quiet hours 21–9
    await m.send("/newcampaign");
    await m.send("Ночной мониторинг");
    await m.press("2026-Q4");
    await m.press("2");
    await m.press(/^Готово/);
    await m.press("Сейчас");
    await m.send("15.12.2026");
    await m.press("Все");
    const created = await m.press(/Создать/);
    expect(textOf(created.replies)).toContain(
      "Мониторинг «Ночной мониторинг» создан и открыт для 5 шк. Сейчас тихие часы: руководители получат приглашение 25.11.2026 09:00.",
    );
    expect(textOf(created.replies)).not.toContain("получают приглашение");

    const campaign = await s.stack.db.prisma.campaign.findFirstOrThrow({ where: { title: "Ночной мониторинг" } });
    const queued = await s.stack.db.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `campaign.opened:${campaign.id}:` } } });
    expect(queued.length).toBeGreaterThan(0);
    expect(new Set(queued.map((q) => q.notBefore.toISOString()))).toEqual(new Set(["2026-11-25T06:00:00.000Z"]));
    await s.stack.drainOutbox();
    expect(head.messagesSince(before).map((msg) => msg.text).join("\n")).not.toContain("Ночной мониторинг");
  });
});
