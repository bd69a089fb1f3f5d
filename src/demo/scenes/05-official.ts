// Scene 5: the official of the education department sees the same campaign and the same figures.
import type { DemoScene } from "./demo-context.js";
import { openResults } from "./04-results.js";

export const officialScene: DemoScene = {
  title: "Сцена 5. Специалист МОУО (the official)",
  async run(demo) {
    demo.at("2026-11-24T08:40:00Z", "специалист МОУО готовит справку к совещанию с руководителями ОО");
    await openResults(demo, "official");
    demo.note("Те же цифры, что у методиста; открыть форму школе заново специалист МОУО не может — эта кнопка только у методиста.");
  },
};
