// Test 5: after submitting, answers can be changed until the deadline and every change is kept in history.
// Test 6: the deadline closes the form with a clear message, unless a methodologist reopens it for a school.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSubmissionHistory } from "../../../src/domain/campaigns/get-submission-history.js";
import type { Handled, SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head1: SimulatedUser;
let head2: SimulatedUser;
let campaignId: number;
const TITLE = "Мониторинг аттестации";
// Deadline: Friday 27.11.2026 18:00 Moscow.
const DEADLINE = "2026-11-27T15:00:00Z";

beforeAll(async () => {
  s = await startCampaignScenario();
  campaignId = await s.createCampaign({
    title: TITLE,
    codes: ["ATTESTATION_SHARE", "PERSONALISED_TRAINING_COUNT", "ACT_MENTORING"],
    deadline: DEADLINE,
    schools: ["СОШ №1", "СОШ №2"],
  });
  await s.stack.runJob("open-campaigns");
  await s.stack.drainOutbox();
  head1 = s.user("head1");
  head2 = s.user("head2");
  // Both heads fill in and submit. The campaign asks for a records-fed indicator, so a "report your courses
  // first" notice follows the opening one: the form is opened from /forms.
  for (const [head, share] of [[head1, "5 из 20"], [head2, "8 из 30"]] as const) {
    await s.openForm(head, TITLE);
    await head.send(share);
    await head.send("2");
    await head.press("Нет");
    const receipt = await head.press("📤 Отправить");
    expect(textOf(receipt.replies)).toContain("✅ Принято");
  }
});
afterAll(() => s?.close());

/** The movable clock keeps ticking in real time: a moment set a moment ago is a few milliseconds later now. */
const near = (moment: Date | string, expected: string) => Math.abs(new Date(moment).getTime() - Date.parse(expected)) < 5_000;

describe("changing answers after submitting", () => {
  it("/forms → the form opens on the review; one answer changed; 'Отправить исправления' → receipt", async () => {
    s.stack.clock.set("2026-11-24T07:30:00Z"); // the next morning, 10:30 Moscow
    const list = await head1.send("/forms");
    expect(textOf(list.replies)).toContain(`${TITLE} — сдан. Исправить можно до 27.11.2026 18:00`);
    let r: Handled = await head1.press(`✏️ ${TITLE}`);
    const review = r.replies.at(-1)!;
    expect(review.text).toContain("Проверьте ответы");
    expect(review.buttons.flat()).toContain("📤 Отправить исправления");

    r = await head1.press("✏️ 1");
    expect(r.replies.at(-1)!.text).toContain("Сейчас сохранено: 5 из 20 (25%)");
    r = await head1.send("6 из 20");
    expect(r.replies.at(-1)!.text).toContain("— 6 из 20 (30%)");
    r = await head1.press("📤 Отправить исправления");
    expect(textOf(r.replies)).toContain("✅ Исправления приняты: «Мониторинг аттестации», СОШ №1, 24.11.2026 10:30");
    expect(textOf(r.replies)).toContain("Все изменения сохранены в истории");

    const submissions = await s.stack.db.prisma.submission.findMany({ where: { campaignId, schoolId: s.schoolId("СОШ №1") } });
    expect(submissions).toHaveLength(1);
    expect(submissions[0]!.status).toBe("SUBMITTED");
    expect(near(submissions[0]!.submittedAt!, "2026-11-24T07:30:00Z")).toBe(true);
  });

  it("history keeps who, when, the old and the new value of every change", async () => {
    const history = await getSubmissionHistory(s.stack.domain, await s.actor("methodologist"), {
      campaignId,
      schoolId: s.schoolId("СОШ №1"),
    });
    const share = history.changes.filter((c) => c.indicatorCode === "ATTESTATION_SHARE");
    expect(share).toHaveLength(2);
    expect(share[0]).toMatchObject({ personName: "Ирина Петрова", oldValue: null, newFormatted: "5 из 20 (25%)", afterSubmit: false });
    expect(near(share[1]!.at, "2026-11-24T07:30:00Z")).toBe(true);
    expect(share[1]).toMatchObject({
      personName: "Ирина Петрова",
      oldValue: { kind: "SHARE", numerator: 5, denominator: 20 },
      newValue: { kind: "SHARE", numerator: 6, denominator: 20 },
      oldFormatted: "5 из 20 (25%)",
      newFormatted: "6 из 20 (30%)",
      afterSubmit: true,
    });
    // The other answers did not change, so they have one row each.
    expect(history.changes).toHaveLength(4);
    // The staff results follow the corrected value.
    await s.user("methodologist").send("/campaigns");
    await s.user("methodologist").press(new RegExp(TITLE));
    const results = await s.user("methodologist").press("📊 Итоги");
    expect(textOf(results.replies)).toContain("14 из 50 (28%)"); // (6 + 8) / (20 + 30)
  });

  it("re-entering the same value writes no history", async () => {
    await head1.send("/forms");
    await head1.press(`✏️ ${TITLE}`);
    await head1.press("✏️ 2");
    const r = await head1.send("2");
    expect(r.replies.at(-1)!.text).toContain("Проверьте ответы");
    const changes = await s.stack.db.prisma.submissionChange.count({ where: { submission: { campaignId, schoolId: s.schoolId("СОШ №1") } } });
    expect(changes).toBe(4);
    await head1.press("⏸ Позже");
  });
});

describe("the deadline", () => {
  it("closes the form: the button, /forms and an answer typed into an open form all say so", async () => {
    // head2 has the form open on the review when the deadline passes.
    await head2.send("/forms");
    await head2.press(`✏️ ${TITLE}`);
    await head2.press("✏️ 2");
    s.stack.clock.set("2026-11-27T15:00:01Z");

    const typed = await head2.send("3");
    expect(textOf(typed.replies)).toContain("Срок сдачи прошёл — форма закрыта");
    expect(textOf(typed.replies)).toContain("попросите методиста открыть её заново");

    const notice = head1.messages().find((m) => m.text.includes("Открыт мониторинг"))!;
    const pressed = await head1.press(/Заполнить/, { messageId: notice.messageId });
    expect(textOf(pressed.replies)).toContain("Мониторинг «Мониторинг аттестации» закрыт: срок сдачи был 27.11.2026 18:00");
    expect(textOf(pressed.replies)).toContain("попросите методиста открыть форму заново");

    const list = await head1.send("/forms");
    expect(textOf(list.replies)).toContain("Открытых мониторингов для вашей школы сейчас нет");
    expect(textOf(list.replies)).toContain("попросите методиста открыть форму заново");

    const value = await s.stack.db.prisma.submissionValue.findFirstOrThrow({
      where: { submission: { campaignId, schoolId: s.schoolId("СОШ №2") }, number: { not: null } },
    });
    expect(value.number).toBe(2);
  });

  it("a methodologist reopens it for one school from the campaign card; that head can edit, the other school stays closed", async () => {
    const m = s.user("methodologist");
    await m.send("/campaigns");
    expect(m.lastMessage()!.text).toContain("🔒 Мониторинг аттестации (2026-Q4) — закрыт 27.11.2026 18:00. Сдали 2 из 2");
    await m.press(new RegExp(TITLE));
    let r = await m.press("🔓 Открыть школе заново");
    expect(r.replies.at(-1)!.text).toContain("Какой школе открыть форму «Мониторинг аттестации» заново (на 3 дн.)?");
    expect(r.replies.at(-1)!.buttons.flat().sort()).toEqual(["СОШ №1", "СОШ №2"]);
    const head2Before = head2.messages().length;
    r = await m.press("СОШ №1");
    // Friday 18:00:01 + 3 days.
    expect(textOf(r.replies)).toContain("Форма открыта заново для МОУ «Лихославльская СОШ №1» до 30.11.2026 18:00");
    // The head is told, with a button straight to the form; the other school's head hears nothing.
    expect(await s.stack.drainOutbox()).toMatchObject({ blocked: 0, failed: 0 }); // sent by now or in this drain
    const notice = head1.lastMessage()!;
    expect(notice.text).toContain("🔓 Форма «Мониторинг аттестации» снова открыта для вашей школы до 30.11.2026 18:00");
    expect(notice.buttons.flat()).toEqual(["📝 Заполнить форму"]);
    expect(head2.messages()).toHaveLength(head2Before);

    const list = await head1.send("/forms");
    expect(textOf(list.replies)).toContain(`${TITLE} — сдан. Исправить можно до 30.11.2026 18:00`);
    await head1.press(`✏️ ${TITLE}`);
    await head1.press("✏️ 3");
    r = await head1.press("Да");
    expect(r.replies.at(-1)!.text).toContain("наставничестве — да");
    r = await head1.press("📤 Отправить исправления");
    expect(textOf(r.replies)).toContain("✅ Исправления приняты");

    const other = await head2.press(/Заполнить/, { messageId: head2.messages().find((msg) => msg.text.includes("Открыт мониторинг"))!.messageId });
    expect(textOf(other.replies)).toContain("закрыт: срок сдачи был 27.11.2026 18:00");
  });

  it("the reopened window ends too", async () => {
    s.stack.clock.set("2026-11-30T15:01:00Z");
    const list = await head1.send("/forms");
    expect(textOf(list.replies)).toContain("Открытых мониторингов для вашей школы сейчас нет");
    const pressed = await head1.pressData(`form:${campaignId}:${s.schoolId("СОШ №1")}`);
    expect(textOf(pressed.replies)).toContain("закрыт: срок сдачи был 30.11.2026 18:00");
  });
});
