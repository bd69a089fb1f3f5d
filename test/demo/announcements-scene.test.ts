// The announcements scene on its own (after the invites it needs): the preview names the blocked head, two
// heads acknowledge, the card shows it, the typo is fixed in every copy, the one left is reminded.
import { beforeAll, describe, expect, it } from "vitest";
import { invitesScene } from "../../src/demo/scenes/01-invites.js";
import { announcementsScene } from "../../src/demo/scenes/10-announcements.js";
import { runDemo, type DemoSummary } from "../../src/demo/scenes/index.js";

let demo: DemoSummary;
beforeAll(async () => {
  demo = await runDemo({ out: () => {}, scenes: [invitesScene, announcementsScene] });
}, 120_000);

describe("the announcements scene", () => {
  it("shows the preview's figures, the card, the correction and the reminder", () => {
    const transcript = demo.lines.join("\n");
    expect(transcript).toContain("Татьяна Кузнецова (Калашниковская СОШ) блокирует бота");
    expect(transcript).toContain("Получат: 3 из 4.");
    expect(transcript).toContain("Заблокировали бота: 1 — им не придёт.");
    expect(transcript).toContain("Программа семинара.pdf");
    expect(transcript).toContain("Ознакомлены: 2 из 4 (срок 14.01.2027 18:00)");
    expect(transcript).toContain("Исправляется доставленных копий: 3");
    expect(transcript).toContain("✏️ Исправлено 12.01.2027 12:00");
    expect(transcript).toContain("Напоминание отправлено: 1");
    expect(transcript).toMatch(/Наталья Орлова.*Напоминание: отметьте «Ознакомлен»/);
  });
});
