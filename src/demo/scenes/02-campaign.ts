// Scene 2: the methodologist creates a monitoring campaign in the bot, step by step, and it opens at once:
// every registered head of the schools asked gets a notice with a button to the form.
import type { DemoScene } from "./demo-context.js";

export const CAMPAIGN_TITLE = "Профессиональное развитие педагогов, IV квартал";

/** Catalogue positions (1-based, as the bot numbers them): two shares, two counts, a yes/no. */
export const CAMPAIGN_INDICATORS = [1, 2, 4, 7, 8] as const;

export const campaignScene: DemoScene = {
  title: "Сцена 2. Методист запускает мониторинг (a monitoring campaign)",
  async run(demo) {
    demo.note("Методист создаёт мониторинг прямо в боте: название, период, показатели, сроки, школы.");
    await demo.send("methodologist", "/newcampaign", "Как он называется?");
    await demo.send("methodologist", CAMPAIGN_TITLE, "За какой период?");
    await demo.press("methodologist", "2026-Q4", "Какие показатели собираем?");

    demo.note("Показатели выбирают кнопками-номерами или пишут номера одной строкой:");
    await demo.send("methodologist", CAMPAIGN_INDICATORS.join(" "), (m) => (m.text.match(/✅/g) ?? []).length === CAMPAIGN_INDICATORS.length);
    await demo.press("methodologist", `Готово (${CAMPAIGN_INDICATORS.length})`, "Когда открыть форму?");
    await demo.press("methodologist", "Сейчас", "Срок сдачи?");
    await demo.send("methodologist", "04.12.2026", "Каким школам?");
    await demo.press("methodologist", "Все", "Проверьте:");
    demo.note("Методист проверяет сводку и нажимает «Создать». Форма открывается сразу — руководители получают уведомление:");
    await demo.press("methodologist", "✅ Создать", "создан и открыт");
    demo.facts.campaignTitle = CAMPAIGN_TITLE;
    await demo.stack.drainOutbox(); // the opening notices, woken by the creation, are delivered by now

    for (const key of ["head1", "head2", "head3"] as const) {
      demo.expectLast(key, (m) => m.text.includes(`Открыт мониторинг «${CAMPAIGN_TITLE}»`) && m.buttons.flat().includes("📝 Заполнить форму"), "the opening notice");
    }
    demo.note(
      "Уведомления получили три руководителя, которые уже вошли в бот. У Микшинской СОШ и Кавской ООШ\n" +
        "руководителей в боте пока нет — эти школы методист увидит в списке «Не сдали».",
    );
  },
};
