// Scene 6: the seed protocol's decisions become tasks (pasted), one school reports with a comment and the
// official accepts it, another school's report is returned with a reason and comes first in its head's list.
import { readFileSync } from "node:fs";
import { hasButton, type DemoContext, type DemoScene } from "./demo-context.js";

const PROTOCOL = readFileSync(new URL("../data/protocol-likhoslavl-2023-05-31.txt", import.meta.url), "utf8");
const FIRST_TASK = "Провести детальный анализ мероприятий";

async function recordProtocol(demo: DemoContext): Promise<void> {
  await demo.send("official", "/meeting", "Номер протокола?");
  await demo.send("official", "15", "Дата совещания?");
  await demo.press("official", "Сегодня", "Тема совещания?");
  await demo.send("official", "Совещание с руководителями ОО", "Как внесём решения?");
  await demo.press("official", /Вставить текст/, "Вставьте текст решений");
  demo.note("Специалист вставляет протокол целиком, как он есть в Word: бот сам находит «Решили», пункты, сроки и ответственных.");
  await demo.send("official", PROTOCOL, "Проверьте решения (4)");
  demo.note("Протокол 2023 года взят как образец: его сроки уже прошли — бот это отметил. Переносим их на декабрь.");
  await demo.press("official", "✏️ 1", "Что исправить в пункте 1?");
  await demo.press("official", "Срок", "Срок?");
  await demo.send("official", "04.12.2026", "Срок: 04.12.2026 · Отв.: все школы (5)");
  await demo.press("official", "✏️ 2", "Что исправить в пункте 2?");
  await demo.press("official", "Срок", "Срок?");
  await demo.send("official", "до 11 декабря 2026 г.", "Срок: 11.12.2026 · Отв.: все школы (5)");
  await demo.press("official", "✅ Сохранить", "поручений — 4, исполнителей — 20");
}

async function reportDone(demo: DemoContext, who: "head1" | "head2", comment: string): Promise<void> {
  await demo.send(who, "/tasks", "Мои поручения");
  await demo.press(who, (text) => text.includes(FIRST_TASK), hasButton("✅ Выполнено — отчитаться"));
  await demo.press(who, /Выполнено/, "Напишите, что сделано");
  await demo.send(who, comment, "Отметить выполненным");
  await demo.press(who, "✅ Отправить", "Отчёт отправлен");
}

export const tasksScene: DemoScene = {
  title: "Сцена 6. Протокол совещания становится поручениями (tasks)",
  async run(demo) {
    demo.at("2026-11-24T11:00:00Z", "после совещания специалист МОУО вносит протокол");
    await recordProtocol(demo);
    await demo.stack.drainOutbox();
    for (const key of ["head1", "head2", "head3"] as const) {
      demo.expectLast(key, "Новые поручения по протоколу №15", "the new tasks notice");
    }
    demo.note("Четыре решения — четыре поручения каждой из пяти школ; два из них «постоянно» и никогда не станут просроченными.\nКаждый руководитель получил одно сообщение со списком, а не четыре.");

    demo.at("2026-11-26T07:30:00Z", "руководители отчитываются с телефона");
    await reportDone(demo, "head1", "Анализ проведён на совещании при директоре 25.11, справка в приложении к протоколу ШМО.");
    await reportDone(demo, "head2", "Сделали.");
    await demo.stack.drainOutbox();
    demo.expectLast("official", "СОШ №2 отчитались", "the report notice");

    demo.at("2026-11-26T11:00:00Z", "специалист МОУО проверяет отчёты");
    await demo.send("official", "/tasks", "Ждут проверки: 2");
    await demo.press("official", /^🟡 СОШ №1: /, "Анализ проведён");
    await demo.press("official", "👍 Принять", "Принято: СОШ №1");
    await demo.stack.drainOutbox();
    demo.expectLast("head1", "Отчёт принят", "the accepted notice");
    await demo.send("official", "/tasks", "Ждут проверки: 1");
    await demo.press("official", /^🟡 СОШ №2: /, "Сделали.");
    await demo.press("official", "↩️ Вернуть", "Напишите причину");
    await demo.send("official", "Нужна справка: какие мероприятия проанализированы и какие выводы.", "Возвращено: СОШ №2");
    await demo.stack.drainOutbox();
    demo.expectLast("head2", "Причина: Нужна справка", "the returned notice");

    demo.note("Руководитель СОШ №2 видит возвращённое поручение первым, с причиной:");
    await demo.send("head2", "/tasks", (m) => m.buttons.flat()[0]?.startsWith("↩️") === true);
    await demo.press("head2", /^↩️/, "Возвращено: Нужна справка");
  },
};
