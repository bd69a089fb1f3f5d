// Fault injection (npm run test:faults): heads fill whole forms while the Bot API answers some requests with
// 429 and 500, one flood wait is far longer than any handler may wait, connections are dropped (before and after
// Telegram did the work) and the database goes away for a while. Every answer typed is either stored or the
// head was told it was not; the form always continues. (The webhook process under a 9-second handler, a
// database outage and a kill mid-update: test/process/webhook-faults.test.ts, also in this suite.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../emulator/index.js";
import { startCampaignScenario, textOf, type CampaignScenario } from "../support/campaign-scenario.js";
import { withOutageSwitch, type DatabaseOutage } from "../support/database-outage.js";

let s: CampaignScenario;
let outage: DatabaseOutage;
let head: SimulatedUser;
let campaignId: number;
const CODES = ["PERSONALISED_TRAINING_COUNT", "MENTORING_PROGRAMMES_COUNT", "MAIN_DIFFICULTIES_TEXT"];
const TITLE = "Мониторинг под нагрузкой";

beforeAll(async () => {
  s = await startCampaignScenario({
    wrapDatabase: (db) => {
      outage = withOutageSwitch(db);
      return outage.db;
    },
  });
  campaignId = await s.createCampaign({ title: TITLE, codes: CODES });
  head = s.user("head1");
});
afterAll(() => s?.close());

async function stored(code: string, school: "СОШ №1" | "СОШ №2" = "СОШ №1") {
  const indicatorId = await s.indicatorId(code);
  return s.stack.db.prisma.submissionValue.findFirst({ where: { indicatorId, submission: { campaignId, schoolId: s.schoolId(school) } } });
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

  it("dropped connections and a database that goes away: every answer typed is stored or the head was told it was not", async () => {
    const head2 = s.user("head2");
    const typed: Array<{ code: string; text: string }> = [];
    const told: string[] = []; // the bot's "not saved" replies
    const answer = async (code: string, text: string) => {
      typed.push({ code, text });
      const r = await head2.send(text);
      told.push(...r.replies.map((m) => m.text).filter((t) => t.includes("не сохранено")));
      return r;
    };
    await s.openForm(head2, TITLE);

    // The request is lost on the way: the bot's bounded retry sends it again.
    s.stack.server.dropNext("sendMessage", 1, "before");
    s.stack.server.dropNext("getUpdates", 1, "before");
    let r = await answer("PERSONALISED_TRAINING_COUNT", "6");
    expect(r.replies.at(-1)!.text).toContain("вопрос 2 из 3");

    // Telegram sent it but the answer is lost: the retry repeats it (at least once), nothing breaks.
    s.stack.server.dropNext("sendMessage", 1, "after");
    r = await answer("MENTORING_PROGRAMMES_COUNT", "1");
    expect(r.replies.at(-1)!.text).toContain("вопрос 3 из 3");
    expect(r.replies.filter((m) => m.text.includes("вопрос 3 из 3"))).toHaveLength(2);

    // The database goes away: the head is told, with the text quoted back; once it is back, the form goes on.
    outage.down();
    try {
      r = await answer("MAIN_DIFFICULTIES_TEXT", "Нет своего методиста");
      expect(textOf(r.replies)).toContain("ваше сообщение не сохранено:\n«Нет своего методиста»");
      expect(s.stack.isPolling()).toBe(true);
    } finally {
      outage.up();
    }
    r = await answer("MAIN_DIFFICULTIES_TEXT", "Нет своего методиста");
    expect(textOf(r.replies)).toContain("Проверьте ответы");

    // The invariant, answer by answer: stored, or quoted back as not saved.
    for (const { code, text } of typed) {
      const value = await stored(code, "СОШ №2");
      const kept = value !== null && (value.number === Number(text) || value.text === text);
      expect(kept || told.some((t) => t.includes(`«${text}»`)), `«${text}» neither stored nor reported`).toBe(true);
    }
    expect(await stored("MAIN_DIFFICULTIES_TEXT", "СОШ №2")).toMatchObject({ text: "Нет своего методиста" });

    const sent = await head2.press("📤 Отправить");
    expect(textOf(sent.replies)).toContain("✅ Принято");
    const submission = await s.stack.db.prisma.submission.findFirst({ where: { campaignId, schoolId: s.schoolId("СОШ №2") } });
    expect(submission?.status).toBe("SUBMITTED");
  });
});
