// The official reads the protocol's summary in the bot and gets the chart and the Excel file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedProtocolRecords } from "../../../src/demo/seed-course-records.js";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
beforeAll(async () => {
  // Autumn 2023: the default period is the 2023–2024 school year; the protocol's year is one press back.
  s = await startCampaignScenario({ startAt: "2023-10-02T09:00:00Z" });
  await seedProtocolRecords(s.stack.db.prisma, { municipalityId: s.seed.municipality.id, schoolIds: s.seed.schools.map((x) => x.id) });
});
afterAll(() => s?.close());

describe("the official's summary of course completions", () => {
  it("the protocol's sentence, a table, a chart and an Excel file", async () => {
    const official = s.user("official");
    await official.send("/courses");
    expect(last(official).text).toContain("За 2023-2024 учебный год курсы повышения квалификации не отмечены");
    const year = await official.press("◀ 2022-2023 учебный год");
    const text = textOf(year.replies);
    expect(text).toContain(
      "За 2022-2023 учебный год курсы повышения квалификации прошли 100 педагогических работников по 136 образовательным программам. " +
        "Из них 37 педагогов по 32 программам обучились на базе ТОИУУ и 81 педагог по 104 программам обучился дистанционно.",
    );
    expect(text).toContain("ТОИУУ: 37 / 32");
    expect(text).toContain("дистанционно: 81 / 104");
    expect(text).toContain("СОШ №1: 20 /");
    const chart = await official.press("📈 График");
    const photo = chart.replies.find((r) => r.photo)?.photo;
    expect(photo?.content.subarray(1, 4).toString()).toBe("PNG");
    const xlsx = await official.press("📄 Excel");
    expect(xlsx.replies.find((r) => r.document)?.document?.filename).toBe("kursy-2022-09-01-2023-08-31.xlsx");
  });

  it("a head sees only their school's figures", async () => {
    const head = s.user("head1");
    await head.send("/courses");
    await head.press("📊 Сводка");
    await head.press("◀ 2022-2023 учебный год");
    expect(last(head).text).toMatch(/прошли 20 педагогических работников/);
  });
});
