// The courses scene on its own (after the invites it needs): the head's report, the file with a bad row and
// the fixed file, the official's summary sentence and chart.
import { beforeAll, describe, expect, it } from "vitest";
import { invitesScene } from "../../src/demo/scenes/01-invites.js";
import { coursesScene } from "../../src/demo/scenes/08-courses.js";
import { runDemo, type DemoSummary } from "../../src/demo/scenes/index.js";

let demo: DemoSummary;
beforeAll(async () => {
  demo = await runDemo({ out: () => {}, scenes: [invitesScene, coursesScene] });
}, 120_000);

describe("the courses scene", () => {
  it("shows the bad row, the fixed file imported, and the protocol's sentence with a chart", () => {
    const transcript = demo.lines.join("\n");
    expect(transcript).toContain("строка 3: даты 31.02.2026 не существует");
    expect(transcript).toContain("Загружено записей: 2");
    expect(transcript).toContain("прошли 100 педагогических работников по 136 образовательным программам. Из них 37 педагогов по 32 программам обучились на базе ТОИУУ и 81 педагог по 104 программам обучился дистанционно.");
    expect(transcript).toMatch(/photo|фото|🖼/i);
  });
});
