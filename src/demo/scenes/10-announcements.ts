// Scene 10: the methodologist announces a seminar with its programme (a PDF) to every head, bold title kept as
// typed; one head has blocked the bot, and the preview says so before anything goes. Two heads press
// «Ознакомлен»; the sender's card shows the figures and who has not read it; a typo is fixed in every
// delivered copy, and the head who has not acknowledged is reminded.
import type { MessageEntity } from "grammy/types";
import type { ChatMessageView, SimulatedUser } from "../../../emulator/index.js";
import { createInvite } from "../../domain/invites/create-invite.js";
import { systemActor } from "../../domain/people/system-actor.js";
import type { DemoContext, DemoScene } from "./demo-context.js";

const TITLE = "Семинар «Наставничесво: первые шаги молодого педагога»";
const FIXED = "Семинар «Наставничество: первые шаги молодого педагога»";
const BODY = " — 15.01.2027 в 14:00, актовый зал СОШ №1. Программа во вложении; отметьтесь, пожалуйста, до 14.01.";
const bold = (title: string): MessageEntity[] => [{ type: "bold", offset: 0, length: title.length }];
const PROGRAMME = Buffer.from("%PDF-1.4\n% Программа семинара «Наставничество»\n");

/** A head for Микшинская СОШ joins (set-up, not the point of the scene). */
async function newHead(demo: DemoContext) {
  const school = demo.seed.schools.find((s) => s.shortName === "Микшинская СОШ")!;
  const invite = await createInvite(demo.stack.domain, systemActor, { role: "HEAD", municipalityId: demo.seed.municipality.id, schoolId: school.id, displayName: "Наталья Орлова" });
  const user = demo.stranger({ id: 100_010, first_name: "Наталья", last_name: "Орлова", language_code: "ru" });
  await user.send(`/start ${invite.code}`);
  return user;
}

type Recipient = [name: string, user: SimulatedUser];

const recipients = (demo: DemoContext, orlova: SimulatedUser): Recipient[] => [
  ...(["head1", "head2"] as const).map((key): Recipient => [`${demo.persona(key).displayName} (${demo.persona(key).schoolShortName})`, demo.user(key)]),
  ["Наталья Орлова", orlova],
];

function show(demo: DemoContext, arrow: string, name: string, m: ChatMessageView): void {
  const [first, ...rest] = m.document ? [m.document.filename] : m.text.split("\n");
  demo.print(`🤖 ${arrow} ${name}: ${first}`);
  for (const line of rest) demo.print(`      ${line}`);
  if (m.buttons.length) demo.print(`      ${m.buttons.map((row) => row.map((b) => `[ ${b} ]`).join(" ")).join(" ")}`);
}

/**
 * The dispatcher sends to several chats at once (in an order that depends on each chat's last message), so
 * what arrived — or was edited — is printed afterwards, person by person, for a transcript that reads the same
 * on every run.
 */
async function pressAndDeliver(demo: DemoContext, people: Recipient[], button: string, expect: string, edited: boolean): Promise<void> {
  const marks = people.map(([, user]) => user.mark());
  const m = demo.user("methodologist");
  const pressed = await demo.quietly(async () => {
    const result = await m.press(button);
    await demo.stack.drainOutbox();
    return result;
  });
  demo.print(`👤 ${m.name} (методист) нажимает [ ${button} ]`);
  for (const reply of pressed.replies) show(demo, "→", `${m.name} (методист)`, reply);
  if (!pressed.replies.some((r) => r.text.includes(expect))) throw new Error(`[${button}]: expected «${expect}»`);
  people.forEach(([name, user], i) => {
    const copy = user.messages().find((msg) => msg.text.startsWith("Семинар"))!;
    if (edited) show(demo, "✎", name, { ...copy, text: `(edited) ${copy.text}` });
    else for (const msg of user.messagesSince(marks[i]!)) show(demo, msg.document ? "📎 →" : "→", name, msg);
  });
}

async function compose(demo: DemoContext): Promise<void> {
  const m = demo.user("methodologist");
  await demo.send("methodologist", "/announce", "Пришлите текст объявления");
  await m.sendFormatted(TITLE + BODY, bold(TITLE));
  demo.note("Методист набрал заголовок жирным прямо в Telegram — бот сохранит форматирование, разметку писать не нужно.");
  await m.upload("Программа семинара.pdf", PROGRAMME, "application/pdf");
  await demo.press("methodologist", "Готово (1)", "Кому отправить?");
  await demo.press("methodologist", "Всем руководителям школ", "Попросить отметку «Ознакомлен»?");
  await demo.press("methodologist", "Да", "до какого срока?");
  await demo.send("methodologist", "14.01 18:00", "Когда отправить?");
  await demo.press("methodologist", "Сейчас", "Заблокировали бота: 1");
  demo.note("Предпросмотр — ровно то, что получат руководители, и сколько человек получат его на самом деле.");
}

export const announcementsScene: DemoScene = {
  title: "Сцена 10. Объявление о семинаре: «Ознакомлен», исправление и напоминание (announcements)",
  async run(demo) {
    demo.at("2027-01-12T07:30:00Z", "в Микшинской СОШ новый руководитель; Татьяна Кузнецова заблокировала бота");
    const orlova = await demo.quietly(() => newHead(demo));
    await demo.user("head3").block();

    demo.at("2027-01-12T08:00:00Z", "методист объявляет семинар");
    await compose(demo);
    await pressAndDeliver(demo, recipients(demo, orlova), "✅ Отправить", "Отправляется. Получателей: 4.", false);
    demo.expectLast("head1", (msg) => msg.document?.filename === "Программа семинара.pdf", "the programme");

    demo.at("2027-01-12T08:20:00Z", "двое руководителей читают и отмечаются");
    for (const key of ["head1", "head2"] as const) {
      const copy = demo.user(key).messages().find((msg) => msg.text.startsWith("Семинар"))!;
      const pressed = await demo.user(key).press("Ознакомлен", { messageId: copy.messageId });
      if (!pressed.answer?.text?.includes("Спасибо, отмечено")) throw new Error(`${key}: «Ознакомлен» was not confirmed`);
    }
    demo.note("Кнопка у них сменилась на «✅ Ознакомлен»; повторное нажатие ничего не меняет.");

    demo.at("2027-01-12T09:00:00Z", "методист смотрит, кто прочитал");
    await demo.send("methodologist", "/announcements", "Ваши рассылки");
    await demo.press("methodologist", /Наставничесво/, "Ознакомлены: 2 из 4");
    demo.note("Карточка живая: доставлено, заблокировали, кто ещё не ознакомился — и Excel «кто и когда».");

    await demo.press("methodologist", "✏️ Исправить", "Пришлите исправленный текст");
    await demo.user("methodologist").sendFormatted(FIXED + BODY, bold(FIXED));
    await pressAndDeliver(demo, recipients(demo, orlova), "✅ Исправить у всех", "Исправляется доставленных копий: 3", true);
    const corrected = demo.user("head1").messages().find((msg) => msg.text.startsWith("Семинар"))!;
    if (!corrected.text.startsWith(FIXED) || !corrected.text.includes("✏️ Исправлено")) throw new Error("the copy was not corrected");
    demo.note("Опечатка исправлена во всех доставленных копиях, с пометкой «✏️ Исправлено»; отметки «Ознакомлен» сохранились.");

    await demo.send("methodologist", "/announcements", "Ваши рассылки");
    await demo.press("methodologist", /Наставничество/, "Не ознакомлены (2)");
    await pressAndDeliver(demo, recipients(demo, orlova), "🔔 Напомнить сейчас", "Напоминание отправлено: 1", false);
    const reminder = orlova.lastMessage();
    if (!reminder?.text.includes("Напоминание: отметьте «Ознакомлен»")) throw new Error("the new head was not reminded");
    demo.note("Напоминание ушло только тому, кто может его получить и ещё не отметился; заблокировавшая бота указана в карточке.");
  },
};
