// Scene 3: two heads fill in the form on their phones. Irina makes a typo the bot catches, reviews and
// submits. Sergei answers two questions and stops; the bot restarts overnight; next morning /forms brings him
// back to question 3 and he submits. Kalashnikovo's head stays silent.
import type { DemoScene } from "./demo-context.js";

/**
 * The figures both heads give, so the expected municipal totals can be worked out by hand:
 * diagnostics 25 of 40 and 35 of 60 → 60 of 100 (60%); municipal events 32 of 40 and 45 of 60 → 77 of 100.
 */
export const HEAD1_ANSWERS = { diagnostics: "25 из 40", trainedPersonalised: "7", events: "32 из 40", mentoringAct: "Да", mentoringProgrammes: "3" };
export const HEAD2_ANSWERS = { diagnostics: "35 из 60", trainedPersonalised: "5", events: "45 из 60", mentoringAct: "нет", mentoringProgrammes: "1" };
/** The typo Irina makes first: the numbers swapped. */
export const HEAD1_TYPO = "25 из 20";

export const headsAnswerScene: DemoScene = {
  title: "Сцена 3. Руководители заполняют форму (two heads answer)",
  async run(demo) {
    const title = demo.facts.campaignTitle!;

    demo.at("2026-11-23T11:40:00Z", "Ирина Петрова открывает форму из уведомления");
    await demo.press("head1", "📝 Заполнить форму", "вопрос 1 из 5");
    demo.note("Опечатка: числа перепутаны местами. Бот объясняет, что не так, и спрашивает снова:");
    await demo.send("head1", HEAD1_TYPO, "не может быть: первое число больше второго");
    await demo.send("head1", HEAD1_ANSWERS.diagnostics, "вопрос 2 из 5");
    await demo.send("head1", HEAD1_ANSWERS.trainedPersonalised, "вопрос 3 из 5");
    await demo.send("head1", HEAD1_ANSWERS.events, "вопрос 4 из 5");
    await demo.press("head1", HEAD1_ANSWERS.mentoringAct, "вопрос 5 из 5");
    await demo.send("head1", HEAD1_ANSWERS.mentoringProgrammes, "Проверьте ответы");
    demo.note("Всё верно — отправляет:");
    await demo.press("head1", "📤 Отправить", `Принято: «${title}», СОШ №1`);
    demo.print();

    demo.at("2026-11-23T13:05:00Z", "Сергей Николаев начинает между уроками");
    await demo.press("head2", "📝 Заполнить форму", "вопрос 1 из 5");
    await demo.send("head2", HEAD2_ANSWERS.diagnostics, "вопрос 2 из 5");
    await demo.send("head2", HEAD2_ANSWERS.trainedPersonalised, "вопрос 3 из 5");
    demo.note("Звонок на урок — Сергей прерывает заполнение:");
    await demo.press("head2", /Прервать/, "Ответы сохранены");
    demo.print();

    await demo.stack.restartBot();
    demo.print("[бот перезапущен — bot restarted]");
    demo.note("Бот перезапустили (например, обновление на сервере). Всё сохранённое — в базе данных.");
    demo.print();

    demo.at("2026-11-24T07:30:00Z", "на следующее утро");
    await demo.send("head2", "/forms", "черновик, заполнено 2 из 5");
    demo.note("Форма продолжается с того вопроса, на котором Сергей остановился:");
    await demo.press("head2", `📝 ${title}`, "вопрос 3 из 5");
    await demo.send("head2", HEAD2_ANSWERS.events, "вопрос 4 из 5");
    await demo.send("head2", HEAD2_ANSWERS.mentoringAct, "вопрос 5 из 5");
    await demo.send("head2", HEAD2_ANSWERS.mentoringProgrammes, "Проверьте ответы");
    await demo.press("head2", "📤 Отправить", `Принято: «${title}», СОШ №2`);
    demo.print();

    demo.note("Татьяна Кузнецова (Калашниковская СОШ) уведомление получила, но форму пока не открывала.");
  },
};
