// Scene 4: the methodologist looks at the campaign: municipal results (shares summed over schools, not
// averaged), who has not submitted, and the Excel workbook for the report.
import { hasButton, type DemoContext, type DemoScene } from "./demo-context.js";

/** Worked out by hand from the answers in scene 3: (25 + 35) of (40 + 60); (32 + 45) of (40 + 60); 7 + 5; 3 + 1. */
export const EXPECTED_RESULTS = {
  diagnostics: "60 из 100 (60%)",
  trainedPersonalised: ": 12",
  events: "77 из 100 (77%)",
  mentoringAct: "есть у 1 из 2",
  mentoringProgrammes: ": 4",
} as const;

/** /campaigns → the campaign's card → «📊 Итоги», checking the figures worked out by hand. */
export async function openResults(demo: DemoContext, who: "methodologist" | "official", note?: string) {
  const title = demo.facts.campaignTitle!;
  await demo.send(who, "/campaigns", "Сдали 2 из 5");
  await demo.press(who, (text) => text.startsWith(title.slice(0, 40)), hasButton("📊 Итоги"));
  if (note) demo.note(note);
  const results = await demo.press(who, "📊 Итоги", EXPECTED_RESULTS.diagnostics);
  for (const [what, expected] of Object.entries(EXPECTED_RESULTS)) {
    if (!results.text.includes(expected)) throw new Error(`${who} does not see ${what} as «${expected}»: «${results.text}»`);
  }
  return results;
}

export const resultsScene: DemoScene = {
  title: "Сцена 4. Методист смотрит итоги (results)",
  async run(demo) {
    demo.at("2026-11-24T08:15:00Z", "методист проверяет, как идёт сбор");
    await openResults(
      demo,
      "methodologist",
      "Итоги по муниципалитету — только по сданным формам. Доля считается по сумме: (25 + 35) из (40 + 60) = 60%:",
    );

    demo.note("Кто ещё не сдал — с черновиками и без:");
    await demo.press("methodologist", "⏳ Не сдали", "Калашниковская СОШ");

    demo.note("Выгрузка для отчёта в МОУО: строка — школа, столбец — показатель, внизу итог по муниципалитету:");
    await demo.press("methodologist", "📄 Excel", (m) => m.document !== undefined && m.document.filename.endsWith(".xlsx") && m.document.size > 0);
  },
};
