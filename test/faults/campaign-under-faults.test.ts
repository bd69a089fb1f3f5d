// Fault injection (npm run test:faults): a head fills a whole form while the Bot API answers some requests with
// 429 and 500 and one flood wait is far longer than any handler may wait. Every answer typed is either stored or
// the head was told it was not; the form always continues. (The webhook process under a 9-second handler, a
// database outage and a kill mid-update: test/process/webhook-faults.test.ts, also in this suite.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../support/campaign-scenario.js";

let s: CampaignScenario;
let head: SimulatedUser;
let campaignId: number;
const CODES = ["PERSONALISED_TRAINING_COUNT", "MENTORING_PROGRAMMES_COUNT", "MAIN_DIFFICULTIES_TEXT"];
const TITLE = "Мониторинг под нагрузкой";

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

describe("a whole form under Bot API faults", () => {
  it("short 429s and 500s are waited out; a long flood wait cuts the form, which continues on the next message; all stored, then submitted", async () => {
    await s.openForm(head, TITLE);
    s.stack.server.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    let r = await head.send("5");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");
    expect(await stored("PERSONALISED_TRAINING_COUNT")).toMatchObject({ number: 5 });

    s.stack.server.failNext("sendMessage", { error_code: 500, description: "Internal Server Error" }, 2);
    r = await head.send("2");
    expect(r.replies.at(-1)!.text).toContain("вопрос 3 из 3");
    expect(await stored("MENTORING_PROGRAMMES_COUNT")).toMatchObject({ number: 2 });

    s.stack.server.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 7200", parameters: { retry_after: 7200 } });
    r = await head.send("Мало времени на наставничество"); // stored; the review after it cannot be sent
    expect(r.replies).toEqual([]);
    expect(await stored("MAIN_DIFFICULTIES_TEXT")).toMatchObject({ text: "Мало времени на наставничество" });
    r = await head.send("Ну что там?");
    expect(textOf(r.replies)).not.toContain("Не понял сообщение");
    expect(textOf(r.replies)).toContain("Проверьте ответы");
    expect(textOf(r.replies)).toContain("нажмите кнопку с его номером");

    const sent = await head.press("📤 Отправить");
    expect(textOf(sent.replies)).toContain("✅ Принято");
    const submission = await s.stack.db.prisma.submission.findFirst({ where: { campaignId } });
    expect(submission?.status).toBe("SUBMITTED");
  });
});
