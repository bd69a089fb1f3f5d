// Scene 5: the official of the education department sees the same campaign and the same figures.
import { hasButton, type DemoScene } from "./demo-context.js";
import { EXPECTED_RESULTS } from "./04-results.js";

export const officialScene: DemoScene = {
  title: "Сцена 5. Специалист МОУО (the official)",
  async run(demo) {
    const title = demo.facts.campaignTitle!;
    demo.at("2026-11-24T08:40:00Z", "специалист МОУО готовит справку к совещанию с руководителями ОО");
    await demo.send("official", "/campaigns", "Сдали 2 из 5");
    await demo.press("official", (text) => text.startsWith(title.slice(0, 40)), hasButton("📊 Итоги"));
    const results = await demo.press("official", "📊 Итоги", EXPECTED_RESULTS.diagnostics);
    if (!results.text.includes(EXPECTED_RESULTS.events)) throw new Error(`the official sees other figures: «${results.text}»`);
    demo.note("Те же цифры, что у методиста; открыть форму школе заново специалист МОУО не может — эта кнопка только у методиста.");
  },
};
