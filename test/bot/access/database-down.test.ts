// The database goes away in the middle of a form. The head is told plainly that the service is unavailable,
// with what they typed quoted back so nothing is lost, and the bot keeps running and answering.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCampaign } from "../../../src/domain/campaigns/create-campaign.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { seedDemo } from "../../../src/demo/seed-demo.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import type { SimulatedUser } from "../../../emulator/index.js";
import pg from "pg";
import { createTestDatabase, testServerUrl, type TestDatabase } from "../../support/test-database.js";

const TITLE = "Мониторинг 2026-Q4";
const UNAVAILABLE = "Сервис временно недоступен";

/** A stack with the demo municipality, a registered head and an open two-question form. */
async function startFormStack(db: TestDatabase) {
  const stack = await startLocalStack({ db });
  const seed = await seedDemo(stack.domain);
  const persona = (key: string) => seed.personas.find((p) => p.key === key)!;
  const methodologist = await redeemInvite(stack.domain, {
    code: persona("methodologist").inviteCode,
    telegramId: persona("methodologist").telegramUser.id,
  });
  const head = await redeemInvite(stack.domain, { code: persona("head1").inviteCode, telegramId: persona("head1").telegramUser.id });
  const indicators = await stack.domain.db.indicator.findMany({
    where: { code: { in: ["PERSONALISED_TRAINING_COUNT", "MENTORING_PROGRAMMES_COUNT"] } },
    orderBy: { code: "desc" },
  });
  const now = stack.clock.now().getTime();
  const { campaignId } = await createCampaign(stack.domain, methodologist, {
    title: TITLE,
    period: "2026-Q4",
    indicatorIds: indicators.map((i) => i.id),
    opensAt: new Date(now - 3_600_000),
    deadline: new Date(now + 14 * 86_400_000),
    schoolIds: "all",
  });
  const user = stack.server.user(persona("head1").telegramUser);
  /** The school's stored answers: indicator code → number. */
  const answers = async () => {
    const submission = await stack.domain.db.submission.findUnique({
      where: { campaignId_schoolId: { campaignId, schoolId: head.schoolId! } },
      include: { values: { include: { indicator: true } } },
    });
    return Object.fromEntries((submission?.values ?? []).map((v) => [v.indicator.code, v.number]));
  };
  return { stack, user, answers };
}

let stack: LocalStack;
let user: SimulatedUser;
let stranger: SimulatedUser;
let databaseClosed = false;

beforeAll(async () => {
  ({ stack, user } = await startFormStack(await createTestDatabase()));
  stranger = stack.server.user({ id: 600_001, first_name: "Незнакомец" });
});
afterAll(async () => {
  // The database is already closed (and, on PostgreSQL, dropped) by the test itself.
  await stack?.close({ keepDatabase: databaseClosed });
});

describe("the database goes away mid-conversation", () => {
  it("the head is in the middle of a form", async () => {
    await user.send("/forms");
    await user.press(`📝 ${TITLE}`);
    const { replies } = await user.send("12");
    expect(replies.at(-1)!.text).toContain("вопрос 2 из 2");
  });

  it("the database closes; the head types «7»: a clear Russian reply quoting «7»", async () => {
    await stack.db.close();
    databaseClosed = true;

    const { replies } = await user.send("7");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toContain(`${UNAVAILABLE}, ваше сообщение не сохранено:`);
    expect(replies[0]!.text).toContain("«7»");
    expect(replies[0]!.text).toContain("Отправьте его ещё раз через минуту");
  });

  it("the bot keeps running: later updates are still answered", async () => {
    expect(stack.isPolling()).toBe(true);

    const text = "8 (второй раз)";
    const again = await user.send(text);
    expect(again.replies.map((r) => r.text)).toEqual([expect.stringContaining(`«${text}»`)]);

    const command = await user.send("/forms");
    expect(command.replies).toHaveLength(1);
    expect(command.replies[0]!.text).toContain(UNAVAILABLE);

    const pressed = await user.pressData("form:skip");
    expect(pressed.answer).toMatchObject({ showAlert: true });
    expect(pressed.answer!.text).toContain(UNAVAILABLE);
    expect(pressed.replies).toEqual([]);

    // A stranger is not told anything misleading either (the access check itself needs the database).
    const fromStranger = await stranger.send("привет");
    expect(fromStranger.replies.map((r) => r.text)).toEqual([expect.stringContaining(UNAVAILABLE)]);

    expect(stack.isPolling()).toBe(true);
    expect(stack.server.pendingUpdateCount()).toBe(0);
  });
});

// PostgreSQL only: the server drops every connection and refuses new ones (a restart, a failover), then comes
// back. The bot must neither crash on the dropped idle connections nor lose the form.
describe.skipIf(!testServerUrl)("the PostgreSQL server goes away and comes back", () => {
  let db: TestDatabase;
  let outage: Awaited<ReturnType<typeof startFormStack>>;
  let admin: pg.Client;
  let name: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    name = new URL(db.url!).pathname.slice(1);
    outage = await startFormStack(db);
    admin = new pg.Client({ connectionString: testServerUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin?.end();
    await outage?.stack.close();
  });

  it("during the outage «7» is quoted back; once the server is back the head sends it again and it is saved", async () => {
    const { stack: s, user: head, answers } = outage;
    await head.send("/forms");
    await head.press(`📝 ${TITLE}`);
    await head.send("12");
    expect(await answers()).toEqual({ PERSONALISED_TRAINING_COUNT: 12 });

    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);

    const during = await head.send("7");
    expect(during.replies.map((r) => r.text)).toEqual([expect.stringContaining(`${UNAVAILABLE}, ваше сообщение не сохранено:\n«7»`)]);
    expect(s.isPolling()).toBe(true);

    await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
    const after = await head.send("7");
    expect(after.replies.at(-1)!.text).toContain("Проверьте ответы");
    expect(await answers()).toEqual({ PERSONALISED_TRAINING_COUNT: 12, MENTORING_PROGRAMMES_COUNT: 7 });
  });
});
