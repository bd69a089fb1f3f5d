// Scene 7: the methodologist sends the municipality's roadmap as a Word document (the Лихославль plan), reads
// what the bot understood — one phrase it could not read is reported — and confirms; heads see the plan's items
// as their school's tasks.
import { readFileSync } from "node:fs";
import { DemoStepError, type DemoScene } from "./demo-context.js";

/** The plan as the department keeps it (a copy of ../shared/seeds/docx). */
export const ROADMAP_DOCX = new URL("../../../seeds/roadmaps/roadmap-likhoslavl.docx", import.meta.url);

export const roadmapScene: DemoScene = {
  title: "Сцена 7. Дорожная карта из Word (the roadmap import)",
  async run(demo) {
    demo.at("2026-11-24T11:00:00Z", "методист загружает дорожную карту муниципалитета");
    demo.note("Методист просто пересылает боту документ Word с планом мероприятий — перепечатывать ничего не нужно.");
    const methodologist = demo.user("methodologist");
    const sent = await methodologist.upload("Дорожная карта Лихославль 2022-2023.docx", readFileSync(ROADMAP_DOCX));
    const preview = sent.replies.map((r) => r.text).join("\n");
    for (const expected of ["Мероприятий: 9, разделов: 6", "ежеквартально → 31.03, 30.06, 30.09, 31.12 каждого года", "несколько сроков в одной строке"]) {
      if (!preview.includes(expected)) throw new DemoStepError(`the preview does not say «${expected}»`);
    }
    demo.note(
      "Бот показал, как понял каждый срок и каждого ответственного. Одну фразу он прочитать не смог —\n" +
        "«в течение года / февраль 2023 / в течение года» в одной ячейке: какой срок у мероприятия, решает методист,\n" +
        "бот не угадывает. Ещё два срока (октябрь и декабрь 2023) выходят за учебный год плана — бот предупреждает.",
    );
    await demo.press("methodologist", "✅ Сохранить", "План сохранён");
    demo.note("Каждое мероприятие со сроком стало поручением: «ОО» — всем школам, «МОУО» — специалистам отдела образования.");

    demo.note("Руководитель школы открывает дорожную карту и видит поручения своей школы:");
    await demo.send("head1", "/plan", /Проведение мониторинга профессионального образования/);
    demo.note("План 2022/23 учебного года: его сроки уже прошли, поэтому поручения показаны как просроченные (🔴).");
  },
};
