// Test 9: with the school's value from the previous period, a share moving more than 30 points (or a count
// jumping several times) asks the head to confirm; "Исправить" asks again, "Да, верно" saves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let campaignId: number;
const CODES = ["DEFICIT_DIAGNOSTICS_SHARE", "PERSONALISED_TRAINING_COUNT", "ACT_MENTORING"];
const TITLE = "Мониторинг 4 квартала";

beforeAll(async () => {
  s = await startCampaignScenario();
  // The previous quarter, in September: created, answered and submitted through the domain.
  s.stack.clock.set("2026-09-01T09:00:00Z");
  const previous = await s.createCampaign({ title: "Мониторинг 3 квартала", period: "2026-Q3", codes: CODES, deadline: "2026-09-30T20:59:00Z" });
  await s.submitThroughDomain(previous, "head1", { DEFICIT_DIAGNOSTICS_SHARE: "10 из 40", PERSONALISED_TRAINING_COUNT: "5", ACT_MENTORING: "нет" });
  s.stack.clock.set("2026-11-23T09:00:00Z");
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES });
  head = s.user("head1");
});
afterAll(() => s?.close());

async function stored(code: string) {
  const indicatorId = await s.indicatorId(code);
  return s.stack.db.prisma.submissionValue.findFirst({ where: { indicatorId, submission: { campaignId, schoolId: s.schoolId("СОШ №1") } } });
}

describe("a value far from last period's", () => {
  it("shows last period's value as a hint", async () => {
    const opened = await s.openForm(head, TITLE);
    expect(opened.at(-1)!.text).toContain("Прошлый период (2026-Q3): 10 из 40 (25%)");
  });

  it("a share 50 points up asks for confirmation and saves nothing yet; 'Исправить' asks the question again", async () => {
    let r = await head.send("30 из 40");
    const ask = r.replies.at(-1)!;
    expect(ask.text).toContain("Значение сильно отличается от прошлого периода (2026-Q3): было 10 из 40 (25%), стало 30 из 40 (75%). Всё верно?");
    expect(ask.buttons.flat()).toEqual(["Да, верно", "Исправить"]);
    expect(await stored("DEFICIT_DIAGNOSTICS_SHARE")).toBeNull();

    r = await head.press("Исправить");
    expect(r.replies.at(-1)!.text).toContain("вопрос 1 из 3");
    expect(await stored("DEFICIT_DIAGNOSTICS_SHARE")).toBeNull();
  });

  it("exactly 30 points is not 'more than 30': saved without asking", async () => {
    const r = await head.send("22 из 40"); // 55% against 25%
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    expect(await stored("DEFICIT_DIAGNOSTICS_SHARE")).toMatchObject({ numerator: 22, denominator: 40 });
  });

  it("'Да, верно' saves the value as typed", async () => {
    await head.press("⬅️ Назад");
    let r = await head.send("31 из 40"); // 77,5%
    expect(r.replies.at(-1)!.text).toContain("стало 31 из 40 (77,5%)");
    r = await head.press("Да, верно");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    expect(await stored("DEFICIT_DIAGNOSTICS_SHARE")).toMatchObject({ numerator: 31, denominator: 40 });
    // Entering the confirmed value again does not ask again.
    await head.press("⬅️ Назад");
    r = await head.send("31/40");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");
  });

  it("a count eight times last period's asks too; a corrected value typed instead of a button is taken as the answer", async () => {
    let r = await head.send("40");
    expect(r.replies.at(-1)!.text).toContain("было 5, стало 40");
    r = await head.send("4");
    expect(r.replies.at(-1)!.text).toContain("вопрос 3 из 3");
    expect((await stored("PERSONALISED_TRAINING_COUNT"))?.number).toBe(4);
  });

  it("a school without a previous period is not asked", async () => {
    const other = s.user("head2");
    const opened = await s.openForm(other, TITLE);
    expect(opened.at(-1)!.text).not.toContain("Прошлый период");
    const r = await other.send("39 из 40");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    expect(textOf(r.replies)).not.toContain("Всё верно?");
  });
});
