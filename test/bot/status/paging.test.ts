// A municipality of 300 schools: /status and its drill-downs stay one message under Telegram's 4,096
// characters each, paged ten schools at a time, and stale page buttons land on the last page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCampaignScenario, type CampaignScenario } from "../../support/campaign-scenario.js";
import { addTask } from "../../support/fixtures-tasks.js";

let s: CampaignScenario;
const EXTRA = 300;

beforeAll(async () => {
  s = await startCampaignScenario();
  const municipalityId = s.seed.municipality.id;
  // Long official names, as registers write them, and short names at the 64-character limit.
  await s.stack.db.prisma.school.createMany({
    data: Array.from({ length: EXTRA }, (_, i) => ({
      municipalityId,
      name: `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${i + 10} с углублённым изучением отдельных предметов»`,
      shortName: `МБОУ «СОШ № ${String(i + 10).padStart(3, "0")} с углублённым изучением предметов»`.slice(0, 64),
    })),
  });
  await s.createCampaign({ title: "Мониторинг кадрового состава педагогических работников за 2026 год по всем ОО", codes: ["ACT_MENTORING"], deadline: "2026-11-30T15:00:00Z" });
  const schools = await s.stack.db.prisma.school.findMany({ where: { municipalityId }, select: { id: true } });
  await addTask(
    { deps: s.stack.domain, municipalityId, official: await s.actor("official") },
    { title: "Разместить на сайте ОО положение о системе наставничества педагогических работников", dueAt: "2026-11-20T15:00:00Z", schoolIds: schools.map((x) => x.id) },
  );
});
afterAll(() => s?.close());

describe("/status at 300 schools", () => {
  it("the picture is one message under 4,096 characters with ten schools and a pager", async () => {
    const official = s.user("official");
    const { replies } = await official.send("/status");
    const picture = replies.at(-1)!;
    expect(picture.text.length).toBeLessThan(4096);
    expect(picture.text).toContain(`Кто должен больше всех (1–10 из ${EXTRA + 5})`);
    expect(picture.buttons.flat().filter((b) => b.startsWith("🏫"))).toHaveLength(10);
    expect(picture.buttons.flat()).toContain(`1/${Math.ceil((EXTRA + 5) / 10)}`);
  });

  it("▶️ turns the page in place; a stale page button shows the last page", async () => {
    const official = s.user("official");
    const picture = official.lastMessage()!;
    await official.press("▶️");
    const turned = official.messages().find((m) => m.messageId === picture.messageId)!;
    expect(turned.edited).toBe(true);
    expect(turned.text).toContain(`(11–20 из ${EXTRA + 5})`);
    expect(turned.text).toMatch(/^11\. /m);
    await official.pressData("status:page:999", picture.messageId);
    const last = official.messages().find((m) => m.messageId === picture.messageId)!;
    expect(last.text).toContain(`(301–305 из ${EXTRA + 5})`);
    expect(last.buttons.flat()).toContain("31/31");
  });

  it("the campaign's missing schools are paged the same way", async () => {
    const official = s.user("official");
    await official.send("/status");
    const { replies } = await official.press((b) => b.startsWith("📋"));
    const page = replies.at(-1)!;
    expect(page.text.length).toBeLessThan(4096);
    expect(page.text).toContain(`Показаны 1–10 из ${EXTRA + 5}`);
    await official.press("▶️", { messageId: page.messageId });
    expect(official.messages().find((m) => m.messageId === page.messageId)!.text).toContain(`Показаны 11–20 из ${EXTRA + 5}`);
  });

  it("a search matching hundreds of schools offers ten and asks to narrow it", async () => {
    const { replies } = await s.user("official").send("/status углублённым");
    expect(replies.at(-1)!.text).toBe(`Нашлось школ: ${EXTRA}. Выберите (показаны первые 10) или уточните запрос:`);
    expect(replies.at(-1)!.buttons.flat()).toHaveLength(10);
    expect((await s.user("official").send("/status 017")).replies.at(-1)!.text).toContain("🏫 МБОУ «СОШ № 017");
  });
});
