// No answer is lost silently: what the head reviewed is what is submitted (another head's edit in between shows
// the review again), a command at «Всё верно?» says the value was not kept, an edited answer is taken (an edit of
// anything else is said not to be read), a form cut off by a long flood wait continues on the next message, and
// garbage button data of any shape gets the calm stale-button answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let campaignId: number;
const CODES = ["PERSONALISED_TRAINING_COUNT", "MENTORING_PROGRAMMES_COUNT", "MAIN_DIFFICULTIES_TEXT"];
const TITLE = "Мониторинг без потерь";
const OUTDATED = "Эта кнопка устарела. Откройте раздел заново через /menu.";

beforeAll(async () => {
  s = await startCampaignScenario();
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES });
  head = s.user("head1");
});
afterAll(() => s?.close());

async function stored(code: string) {
  const indicatorId = await s.indicatorId(code);
  return s.stack.db.prisma.submissionValue.findFirst({ where: { indicatorId, submission: { campaignId, schoolId: s.schoolId("СОШ №1") } } });
}

describe("a head's answers are kept or the head is told", () => {
  it("an edit of the last answer replaces it; an edit of an older message is said not to be read", async () => {
    const formsCommandId = head.mark() + 1; // the user's /forms
    await s.openForm(head, TITLE);
    const answerId = head.mark() + 1;
    const first = await head.send("5");
    expect(first.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    const edited = await head.edit(answerId, "7");
    expect(edited.replies.at(-1)!.text).toContain("Ответ на вопрос 1 исправлен.");
    expect(edited.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    expect(await stored("PERSONALISED_TRAINING_COUNT")).toMatchObject({ number: 7 });

    const old = await head.edit(formsCommandId, "/help");
    expect(old.replies.at(-1)!.text).toContain("Исправления старых сообщений бот не читает");
    expect(old.replies.at(-1)!.text).toContain("вопрос 2 из 3");
  });

  it("garbage button data of any shape: the stale-button answer, never «Что-то пошло не так»", async () => {
    for (const data of ["cmp:99999999999", "form:edit:99999", "\u0000", "формa:1", "cmpo:1:2:3:4:5", "x".repeat(64), "cmp:1e3", "main/0/0/x/1", "😀"]) {
      const { answer, replies } = await head.pressData(data);
      expect(replies.map((r) => r.text).join("\n"), data).not.toContain("Что-то пошло не так");
      expect(answer?.text ?? "", data).not.toContain("Что-то пошло не так");
    }
    const { answer } = await head.pressData("cmp:99999999999");
    expect(answer).toMatchObject({ text: OUTDATED });
  });

  it("a form cut off by a long flood wait continues on the head's next message", async () => {
    // (A press on another screen's button, like the garbage above, leaves the form: open it again.)
    expect((await s.openForm(head, TITLE)).at(-1)!.text).toContain("вопрос 2 из 3");
    s.stack.server.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 3600", parameters: { retry_after: 3600 } });
    const cut = await head.send("3"); // saved; the next question could not be sent
    expect(cut.replies).toEqual([]);
    expect(await stored("MENTORING_PROGRAMMES_COUNT")).toMatchObject({ number: 3 });
    const next = await head.send("Не хватает наставников");
    expect(textOf(next.replies)).not.toContain("Не понял сообщение");
    expect(textOf(next.replies)).toContain("Проверьте ответы");
    expect(await stored("MAIN_DIFFICULTIES_TEXT")).toMatchObject({ text: "Не хватает наставников" });
  });

  it("another head's edit after the review was shown: submit shows the new review instead", async () => {
    const other = await s.addHead("СОШ №1", { id: 990_501, first_name: "Анна", last_name: "Соколова" });
    await saveAnswer(s.stack.domain, await s.actorOf(other), { campaignId, schoolId: s.schoolId("СОШ №1"), indicatorId: await s.indicatorId("MENTORING_PROGRAMMES_COUNT"), raw: "4" });
    const r = await head.press("📤 Отправить");
    expect(textOf(r.replies)).toContain("ответы изменил другой руководитель школы");
    expect(r.replies.at(-1)!.text).toContain("— <b>4</b>".replace(/<\/?b>/g, ""));
    const submission = await s.stack.db.prisma.submission.findFirst({ where: { campaignId } });
    expect(submission?.status).toBe("DRAFT");

    const sent = await head.press("📤 Отправить");
    expect(textOf(sent.replies)).toContain("✅ Принято");
    expect(textOf(sent.replies)).toContain("Отправлено:");
    expect(textOf(sent.replies)).toMatch(/2\. .* — 4/);
    expect(textOf(sent.replies)).toContain("Не хватает наставников");
  });
});
