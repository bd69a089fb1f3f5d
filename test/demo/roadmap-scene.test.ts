// The roadmap scene on its own (after the invites that register the personas): the methodologist's preview
// reports the one phrase the bot could not read, the plan is stored on confirmation, a head sees the tasks.
import { describe, expect, it } from "vitest";
import { invitesScene } from "../../src/demo/scenes/01-invites.js";
import { roadmapScene } from "../../src/demo/scenes/07-roadmap.js";
import { runDemo } from "../../src/demo/scenes/index.js";

describe("demo scene 7: the roadmap from Word", () => {
  it("previews, reports the unreadable phrase, stores on confirmation; the head sees the school's tasks", async () => {
    const demo = await runDemo({ out: () => {}, scenes: [invitesScene, roadmapScene] });
    const at = (text: string | RegExp, from = 0) => {
      const index = demo.lines.findIndex((l, i) => i >= from && (typeof text === "string" ? l.includes(text) : text.test(l)));
      expect(index, `no line ${String(text)}`).toBeGreaterThanOrEqual(0);
      return index;
    };
    const preview = at("Мероприятий: 9, разделов: 6");
    at("❗ Не понято строк: 3", preview);
    at("срок «в течение года / февраль 2023 / в течение года» — ❓ несколько сроков в одной строке", preview);
    const saved = at("✅ План сохранён: 9 мероприятий, 6 разделов. Поручений создано: 8", preview);
    const plan = at("👤 Ирина Петрова (СОШ №1): /plan", saved);
    at(/🔴 • Проведение мониторинга профессионального образования .* — срок был 30\.06\.2023/, plan);
  }, 120_000);
});
