// Scene 7: the clock moves over days. Reminders come by themselves at 10:00 on working days — one message per
// person listing everything due, nothing at night, nothing on a holiday — and the official's /status and its
// chart change as schools close their tasks.
import { findActor } from "../../domain/people/find-actor.js";
import { closeAssignment } from "../../domain/tasks/close-assignment.js";
import { recordMeeting } from "../../domain/tasks/record-meeting.js";
import type { DemoPersonaKey } from "../demo-data.js";
import type { DemoContext, DemoScene } from "./demo-context.js";

const REPORT = "Сдать справку о работе наставников за первое полугодие";
const YEAR_REPORT = "Сдать годовой отчёт о методической работе";

async function actorOf(demo: DemoContext, key: DemoPersonaKey) {
  const actor = await findActor(demo.stack.domain, demo.persona(key).telegramUser.id);
  if (!actor) throw new Error(`${key} is not registered`);
  return actor;
}

const HEADS = ["head1", "head2", "head3"] as const;

/**
 * The cron firing of the reminders job and the dispatcher's delivery, as the running bot does every 5 minutes.
 * The dispatcher sends to several chats at once, so what arrived is printed afterwards, head by head, for a
 * transcript that reads the same on every run.
 */
async function sweep(demo: DemoContext): Promise<number> {
  const marks = HEADS.map((key) => demo.user(key).mark());
  const sent = await demo.quietly(async () => {
    await demo.stack.runJob("reminders");
    return (await demo.stack.drainOutbox()).sent;
  });
  HEADS.forEach((key, i) => {
    for (const message of demo.user(key).messagesSince(marks[i]!)) {
      const [first, ...rest] = message.text.split("\n");
      demo.print(`🤖 → ${demo.user(key).name} (${demo.persona(key).schoolShortName}): ${first}`);
      for (const line of rest) demo.print(`      ${line}`);
      demo.print(`      ${message.buttons.map((row) => row.map((b) => `[ ${b} ]`).join(" ")).join(" ")}`);
    }
  });
  return sent;
}

async function expectNothing(demo: DemoContext, why: string): Promise<void> {
  const sent = await sweep(demo);
  if (sent !== 0) throw new Error(`expected no reminders (${why}), ${sent} were sent`);
  demo.note(`Напоминаний нет: ${why}.`);
}

async function closeTask(demo: DemoContext, key: "head1" | "head2" | "head3", comment: string): Promise<void> {
  const head = await actorOf(demo, key);
  const assignment = await demo.stack.db.prisma.taskAssignment.findFirstOrThrow({ where: { schoolId: head.schoolId, status: "OPEN", task: { title: REPORT } } });
  await closeAssignment(demo.stack.domain, head, { assignmentId: assignment.id, comment });
}

export const remindersStatusScene: DemoScene = {
  title: "Сцена 7. Напоминания по дням и статус для МОУО (reminders, /status)",
  async run(demo) {
    demo.at("2026-11-30T06:00:00Z", "специалист МОУО вносит протокол №16: два поручения всем школам");
    await demo.quietly(async () =>
      recordMeeting(demo.stack.domain, await actorOf(demo, "official"), {
        number: "16",
        heldOn: "2026-11-30",
        title: "Совещание с руководителями ОО",
        decisions: [
          { number: 1, text: REPORT, dueOn: "2026-12-03", standing: false, responsibleText: "руководители ОО", assignees: { allSchools: true, schoolIds: [], personIds: [] } },
          { number: 2, text: YEAR_REPORT, dueOn: "2026-12-31", standing: false, responsibleText: "руководители ОО", assignees: { allSchools: true, schoolIds: [], personIds: [] } },
        ],
      }),
    );
    await demo.quietly(() => demo.stack.drainOutbox());
    demo.note("Срок первого поручения — четверг 03.12, второго — 31.12 (это выходной день по производственному календарю 2026 года).");

    demo.at("2026-11-30T06:30:00Z", "задание напоминаний срабатывает каждые 5 минут");
    await expectNothing(demo, "напоминания приходят в 10:00 по местному времени");

    demo.at("2026-11-30T07:05:00Z", "за три дня до срока");
    await sweep(demo);
    demo.expectLast("head2", `Поручение «${REPORT}» — срок 03.12.2026 23:59`, "the reminder three days before");

    demo.at("2026-11-30T19:30:00Z", "вечер понедельника");
    await expectNothing(demo, "ночью и вечером бот не беспокоит (тихие часы 21:00–09:00), а сегодняшнее уже отправлено");

    demo.at("2026-12-02T07:05:00Z", "накануне срока");
    await sweep(demo);
    demo.expectLast("head2", "⏰ Напоминание о срок", "the reminder the day before");
    demo.note("Всё, что у человека подходит к сроку, приходит одним сообщением со списком и кнопками — а не пачкой.");

    demo.at("2026-12-03T07:05:00Z", "в день срока");
    await sweep(demo);
    demo.expectLast("head3", "❗ срок 03.12.2026 23:59", "the reminder on the day");
    await demo.quietly(() => closeTask(demo, "head1", "Справка отправлена на почту МОУО, копия в приложении к протоколу ШМО."));
    await demo.quietly(() => demo.stack.drainOutbox());
    demo.note("СОШ №1 отчиталась в тот же день; остальные — нет.");

    demo.at("2026-12-04T07:10:00Z", "на следующий день после срока");
    await sweep(demo);
    demo.expectLast("head2", `⛔ Поручение «${REPORT}» просрочено`, "the overdue reminder");
    await demo.send("official", "/status", "Кто должен больше всех");
    demo.note("Над сводкой — диаграмма «кто сколько должен» (картинка PNG), под ней кнопки: школа, поручение, 📄 Excel.");

    demo.at("2026-12-04T12:00:00Z", "две школы закрывают поручение");
    await demo.quietly(async () => {
      await closeTask(demo, "head2", "Справка сдана.");
      await closeTask(demo, "head3", "Отправили справку, см. сайт школы.");
      await demo.stack.drainOutbox();
    });
    await demo.send("official", "/status", (m) => /не выполнили: 2/.test(m.text));
    demo.note("Цифры и диаграмма поменялись: просрочка осталась у двух школ.");

    demo.at("2026-12-30T07:05:00Z", "среда перед новогодними праздниками");
    await sweep(demo);
    demo.expectLast("head1", `Поручение «${YEAR_REPORT}»`, "the reminder moved before the holiday");
    demo.at("2026-12-31T07:05:00Z", "31 декабря — нерабочий день");
    await expectNothing(demo, "31.12 — выходной по постановлению № 1466; напоминание «в день срока» пришло накануне, в последний рабочий день");
  },
};
