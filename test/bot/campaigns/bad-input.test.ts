// Test 2: every kind of bad answer in the head's form gets a message saying what is wrong and the same
// question again, and nothing is saved for it; answers typed the way people type them are accepted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let campaignId: number;
let hoursId: number;

const TITLE = "Мониторинг 2026-Q4";

beforeAll(async () => {
  s = await startCampaignScenario();
  // A municipality's own indicator that takes fractions (hours), to show "12,5" where it is valid.
  const hours = await s.stack.db.prisma.indicator.create({
    data: {
      code: "LIKH_MENTOR_HOURS",
      kind: "COUNT",
      municipalityId: s.seed.municipality.id,
      titleRu: "Среднее число часов наставничества в месяц",
      titleEn: "Average mentoring hours a month",
      helpRu: "Например: 12,5.",
      helpEn: "E.g. 12.5.",
      integer: false,
      minValue: 0,
      maxValue: 200,
    },
  });
  hoursId = hours.id;
  campaignId = await s.createCampaign({
    title: TITLE,
    codes: ["PERSONALISED_TRAINING_COUNT", "DEFICIT_DIAGNOSTICS_SHARE", "ACT_MENTORING", "MAIN_DIFFICULTIES_TEXT"],
  });
  await s.stack.db.prisma.campaignIndicator.create({ data: { campaignId, indicatorId: hoursId, position: 4 } });
  head = s.user("head1");
});
afterAll(() => s?.close());

/** What is stored for this school and indicator: the value row and how many history rows. */
async function stored(code: string) {
  const indicatorId = code === "LIKH_MENTOR_HOURS" ? hoursId : await s.indicatorId(code);
  const where = { indicatorId, submission: { campaignId, schoolId: s.schoolId("СОШ №1") } };
  const [value, changes] = await Promise.all([
    s.stack.db.prisma.submissionValue.findFirst({ where }),
    s.stack.db.prisma.submissionChange.count({ where }),
  ]);
  return { value, changes };
}

/** Sends a bad answer: one message, an error naming the problem above the same question (by its number). */
async function refused(text: string, question: number, message: string | RegExp) {
  const { replies } = await head.send(text);
  expect(replies, `${JSON.stringify(text)} → ${textOf(replies)}`).toHaveLength(1);
  const [error, asked] = replies[0]!.text.split("\n\n📋 ");
  expect(error).toMatch(/^⚠️ /);
  if (typeof message === "string") expect(error).toContain(message);
  else expect(error).toMatch(message);
  expect(asked).toContain(`вопрос ${question} из 5`);
  expect(replies[0]!.buttons.flat()).toContain("⏭ Пропустить");
}

describe("bad answers are re-asked with what is wrong, and nothing is saved", () => {
  it("a count of people: words, a fraction, a negative, above the maximum, nothing, a document", async () => {
    const opened = await s.openForm(head, TITLE);
    expect(textOf(opened)).toContain("вопрос 1 из 5");
    expect(textOf(opened)).toContain("Количество педагогов, прошедших повышение квалификации");
    expect(textOf(opened)).toContain("Ответ — число, например «12».");

    await refused("двенадцать", 1, "Нужно число, например «12»");
    await refused("12,5", 1, "Нужно целое число (это количество людей)");
    await refused("-3", 1, "не может быть меньше 0");
    await refused("2001", 1, /не может быть больше 2\s?000\./); // "2 000", as Russians write it
    await refused("5 20", 1, "Нужно число");
    await refused("...", 1, "Нужно число");

    const upload = await head.upload("отчёт.xlsx", Buffer.from("not really a workbook"));
    expect(textOf(upload.replies)).toContain("Ответьте текстом или кнопкой под вопросом");
    expect(upload.replies.at(-1)!.text).toContain("вопрос 1 из 5");

    expect(await stored("PERSONALISED_TRAINING_COUNT")).toEqual({ value: null, changes: 0 });

    // " 7 " with spaces around is a 7.
    const next = await head.send(" 7 ");
    expect(next.replies).toHaveLength(1);
    expect(next.replies[0]!.text).toContain("вопрос 2 из 5");
    const saved = await stored("PERSONALISED_TRAINING_COUNT");
    expect(saved.value?.number).toBe(7);
    expect(saved.changes).toBe(1);
  });

  it("a share: a bare percentage, more than the whole, out of zero, a fraction of a person", async () => {
    await refused("25%", 2, "Напишите долю как «сколько из скольких»");
    await refused("25 из 20", 2, "25 из 20 не может быть: первое число больше второго");
    await refused("5 из 0", 2, "Второе число не может быть нулём");
    await refused("2,5 из 20", 2, "Нужно целое число");
    await refused("пять из двадцати", 2, "Нужно число");
    await refused("-1 из 20", 2, "не может быть меньше 0");
    expect(await stored("DEFICIT_DIAGNOSTICS_SHARE")).toEqual({ value: null, changes: 0 });

    const next = await head.send("5/20");
    expect(next.replies.at(-1)!.text).toContain("вопрос 3 из 5");
    const saved = await stored("DEFICIT_DIAGNOSTICS_SHARE");
    expect(saved.value).toMatchObject({ numerator: 5, denominator: 20 });
  });

  it("yes/no: 'может быть' is not an answer; a typed 'да' is", async () => {
    await refused("может быть", 3, "Ответьте «да» или «нет»");
    await refused("наверное", 3, "Ответьте «да» или «нет»");
    expect(await stored("ACT_MENTORING")).toEqual({ value: null, changes: 0 });
    const next = await head.send("Да.");
    expect(next.replies.at(-1)!.text).toContain("вопрос 4 из 5");
    expect((await stored("ACT_MENTORING")).value?.flag).toBe(true);
  });

  it("text: a blank answer and one too long are refused", async () => {
    // Only spaces is no answer at all (Telegram apps would not even send it).
    await refused("   ", 4, "Ответьте текстом или кнопкой под вопросом");
    await refused("я".repeat(1001), 4, /не больше 1\s?000 символов/);
    expect(await stored("MAIN_DIFFICULTIES_TEXT")).toEqual({ value: null, changes: 0 });
    const next = await head.send("Нехватка часов на наставничество");
    expect(next.replies.at(-1)!.text).toContain("вопрос 5 из 5");
  });

  it("a count that allows fractions takes '12,5', but still not above its maximum", async () => {
    await refused("250", 5, "не может быть больше 200");
    const review = await head.send("12,5");
    const text = textOf(review.replies);
    expect(text).toContain("Проверьте ответы");
    expect(text).toContain("Среднее число часов наставничества в месяц — 12,5");
    expect(text).toContain("— 7");
    expect(text).toContain("— 5 из 20 (25%)");
    expect(text).toContain("наставничестве — да");
    expect((await stored("LIKH_MENTOR_HOURS")).value?.number).toBe(12.5);
  });

  it("text on the review screen points to the buttons", async () => {
    const { replies } = await head.send("всё верно");
    expect(textOf(replies)).toContain("нажмите кнопку с его номером");
    expect(replies.at(-1)!.buttons.flat()).toContain("📤 Отправить");
  });
});
