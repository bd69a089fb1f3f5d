// Announcements over the real bot and the emulator, as the people would use them: the methodologist composes
// one with bold text and a link, a PDF and a photo, for every head, «Ознакомлен» by Thursday; the preview shows
// the copy and who cannot be reached; heads press «Ознакомлен»; the card follows; a correction and a recall
// reach every copy; chosen schools and a scheduled time; 429s and a 403 in the middle of a broadcast.
import type { MessageEntity } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import type { FloodLimits } from "../../../emulator/index.js";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";

let s: CampaignScenario;
let foreignHead: SimulatedUser;
/** Read by the emulator on every call: a test turns 429s on and off. */
const flood: FloodLimits = {};

beforeAll(async () => {
  s = await startCampaignScenario({ emulator: { limits: flood } });
  const other = await createMunicipality(s.stack.domain, systemActor, { name: "Дальнереченский городской округ", timeZone: "Asia/Vladivostok" });
  const school = await s.stack.db.prisma.school.create({ data: { municipalityId: other.id, name: "МБОУ СОШ №5", shortName: "СОШ №5" } });
  const invite = await createInvite(s.stack.domain, systemActor, { role: "HEAD", municipalityId: other.id, schoolId: school.id, displayName: "Олег Дальний" });
  foreignHead = s.stack.server.user({ id: 300001, first_name: "Олег", last_name: "Дальний", language_code: "ru" });
  await foreignHead.send(`/start ${invite.code}`);
  await s.stack.drainOutbox();
}, 120_000);
afterAll(() => s?.close());

const TEXT = "Семинар «Наставничество» 26.11 в 14:00, актовый зал. Программа: https://example.org/p";
const ENTITIES: MessageEntity[] = [
  { type: "bold", offset: 0, length: 24 },
  { type: "text_link", offset: 54, length: 9, url: "https://example.org/programme" },
];
const PDF = Buffer.from("%PDF-1.4 программа семинара");
const announcementCount = () => s.stack.db.prisma.announcement.count();
const copyOf = (user: SimulatedUser, start: string) => user.messages({ includeDeleted: true }).filter((m) => m.text.startsWith(start)).at(-1);
let announcementId = 0;

describe("composing and sending", () => {
  it("keeps the typed formatting, takes two attachments, previews with counts, sends nothing before «Отправить»", async () => {
    const m = s.user("methodologist");
    await s.user("head3").block();
    expect(textOf((await m.send("/announce")).replies)).toContain("Пришлите текст объявления");
    await m.sendFormatted(`  ${TEXT}`, ENTITIES.map((e) => ({ ...e, offset: e.offset + 2 })));
    expect(last(m).text).toContain("Приложите файлы или фото");
    await m.upload("программа.pdf", PDF, "application/pdf");
    const afterPhoto = await m.uploadPhoto("схема.jpg", Buffer.from("jpeg"));
    expect(textOf(afterPhoto.replies)).toContain("1. 📎 программа.pdf\n2. 🖼 фото");
    await m.press("Готово (2)");
    expect(last(m).text).toContain("Кому отправить?");
    await m.press("Всем руководителям школ");
    await m.press("Да");
    const wrong = await m.send("31.02");
    expect(textOf(wrong.replies)).toContain("Не понял дату");
    await m.send("26.11 18:00");
    expect(last(m).text).toContain("Когда отправить?");
    const preview = await m.press("Сейчас");

    const copy = preview.replies.find((r) => r.text.startsWith("Семинар"))!;
    expect(copy.entities).toEqual(ENTITIES);
    expect(copy.text).toContain("— Елена Смирнова\nОтметьте «Ознакомлен» до 26.11.2026 18:00.");
    expect(copy.buttons).toEqual([["Ознакомлен"]]);
    expect(preview.replies.map((r) => r.document?.filename ?? (r.photo ? "photo" : undefined)).filter(Boolean)).toEqual(["программа.pdf", "photo"]);
    const figures = last(m).text;
    expect(figures).toContain("Получат: 2 из 3.");
    expect(figures).toContain("Заблокировали бота: 1");
    expect(figures).toContain("Школ без руководителя в боте: 2");
    expect(figures).toContain("Отправка: 23.11.2026 12:00");
    // The preview's «Ознакомлен» is inert, and nothing is queued yet.
    expect((await m.press("Ознакомлен", { messageId: copy.messageId })).answer?.text).toContain("от старого вопроса");
    expect(await announcementCount()).toBe(0);
    expect(copyOf(s.user("head1"), "Семинар")).toBeUndefined();

    const sent = await m.press("✅ Отправить");
    expect(textOf(sent.replies)).toContain("Отправляется. Получателей: 3.");
    announcementId = (await s.stack.db.prisma.announcement.findFirstOrThrow()).id;
    await s.stack.drainOutbox();
  });

  it("each reachable head gets the copy with the sender's formatting, the PDF and the photo; nobody elsewhere does", async () => {
    for (const key of ["head1", "head2"] as const) {
      const head = s.user(key);
      const copy = copyOf(head, "Семинар")!;
      expect(copy.entities).toEqual(ENTITIES);
      expect(copy.buttons).toEqual([["Ознакомлен"]]);
      const after = head.messages().filter((x) => x.messageId > copy.messageId);
      expect(after.map((x) => x.document?.filename ?? (x.photo ? "photo" : x.text))).toEqual(["программа.pdf", "photo"]);
      expect(after[0]!.document!.content.equals(PDF)).toBe(true);
    }
    expect(foreignHead.messages().some((x) => x.text.includes("Семинар"))).toBe(false);
    expect(s.user("official").messages().some((x) => x.text.includes("Семинар"))).toBe(false);
  });
});

describe("«Ознакомлен»", () => {
  it("records once, turns the button into «✅ Ознакомлен»; a second press changes nothing", async () => {
    const head = s.user("head1");
    const copy = copyOf(head, "Семинар")!;
    const first = await head.press("Ознакомлен", { messageId: copy.messageId });
    expect(first.answer?.text).toBe("Спасибо, отмечено: ознакомлены 23.11.2026 12:00.");
    expect(copyOf(head, "Семинар")!.buttons).toEqual([["✅ Ознакомлен"]]);
    s.stack.clock.advance(5 * 60_000);
    const second = await head.press("✅ Ознакомлен", { messageId: copy.messageId });
    expect(second.answer?.text).toBe("Уже отмечено 23.11.2026 12:00.");
    expect(await s.stack.db.prisma.announcementRecipient.count({ where: { acknowledgedAt: { not: null } } })).toBe(1);
  });

  it("a forged press for an announcement not addressed to the presser is refused, a malformed one is outdated", async () => {
    const forged = await foreignHead.pressData(`announcement:ack:${announcementId}`);
    expect(forged.answer).toMatchObject({ text: "Это не ваше: у вас нет доступа к этим данным.", showAlert: true });
    const official = await s.user("official").pressData(`announcement:ack:${announcementId}`);
    expect(official.answer?.text).toContain("Это не ваше");
    expect((await foreignHead.pressData("announcement:ack:x")).answer?.text).toContain("устарела");
    expect(await s.stack.db.prisma.announcementRecipient.count({ where: { acknowledgedAt: { not: null } } })).toBe(1);
  });
});

describe("the sender's card", () => {
  it("shows live figures, the schools not acknowledged, who blocked the bot; reminds the rest; exports XLSX", async () => {
    const m = s.user("methodologist");
    const card = await m.pressData(`announcement:card:${announcementId}:0`);
    const text = textOf(card.replies);
    expect(text).toContain("Получателей 3: в очереди 0 · доставлено 2 · не доставлено 0 · заблокировали 1");
    expect(text).toContain("Ознакомлены: 1 из 3 (срок 26.11.2026 18:00)");
    expect(text).toContain("Не ознакомлены (2):\n• Калашниковская СОШ\n• СОШ №2");
    expect(text).toContain("Заблокировали бота (1):\n• Татьяна Кузнецова (Калашниковская СОШ)");

    const status = await s.user("official").send("/status");
    expect(textOf(status.replies)).toContain("Объявления без «Ознакомлен»");
    expect(textOf(status.replies)).toMatch(/• Семинар «Наставничество» 26.11 в 14:00.* — не ознакомлены 2 из 3/);

    const reminded = await m.press("🔔 Напомнить сейчас", { messageId: card.replies.at(-1)!.messageId });
    expect(textOf(reminded.replies)).toContain("Напоминание отправлено: 1");
    await s.stack.drainOutbox();
    expect(last(s.user("head2")).text).toContain("Напоминание: отметьте «Ознакомлен» под объявлением «Семинар «Наставничество»");
    expect(last(s.user("head1")).text).not.toContain("Напоминание");

    const xlsx = await m.press("📄 Excel", { messageId: card.replies.at(-1)!.messageId });
    expect(xlsx.replies.at(-1)!.document?.filename).toBe(`oznakomlenie-${announcementId}.xlsx`);
  });

  it("«✏️ Исправить» edits every delivered copy; the text says it was corrected", async () => {
    const m = s.user("methodologist");
    await m.pressData(`announcement:card:${announcementId}:0`);
    const asked = await m.press("✏️ Исправить");
    expect(textOf(asked.replies)).toContain("Пришлите исправленный текст целиком");
    const fixedText = TEXT.replace("26.11", "27.11");
    const preview = await m.sendFormatted(fixedText, ENTITIES);
    expect(textOf(preview.replies)).toContain("✏️ Исправлено 23.11.2026 12:05");
    const done = await m.press("✅ Исправить у всех");
    expect(textOf(done.replies)).toContain("Исправляется доставленных копий: 2");
    await s.stack.drainOutbox();
    const copy = copyOf(s.user("head1"), "Семинар")!;
    expect(copy.text).toContain("27.11 в 14:00");
    expect(copy.text).toContain("✏️ Исправлено 23.11.2026 12:05");
    expect(copy.entities).toEqual(ENTITIES);
    expect(copy.edited).toBe(true);
    expect(copy.buttons).toEqual([["✅ Ознакомлен"]]);
    expect(copyOf(s.user("head2"), "Семинар")!.buttons).toEqual([["Ознакомлен"]]);
  });

  it("history: a head re-reads from the menu with the attachments; the sender sees past broadcasts with figures", async () => {
    const head = s.user("head2");
    const list = await head.send("/announcements");
    expect(textOf(list.replies)).toContain("❗️ 23.11.2026 12:00 — Семинар «Наставничество» 27.11 в 14:00");
    const opened = await head.press(/Семинар/);
    expect(opened.replies.map((r) => r.document?.filename ?? (r.photo ? "photo" : r.text.slice(0, 7)))).toEqual(["Семинар", "программа.pdf", "photo"]);
    const sent = await s.user("methodologist").send("/announcements");
    expect(textOf(sent.replies)).toContain("доставлено 2 из 3, ознакомлены 1");
  });
});

describe("audience, schedule and Telegram's refusals", () => {
  it("chosen schools only, sent at the local time chosen", async () => {
    const m = s.user("methodologist");
    await m.send("/announce");
    await m.send("Совещание директоров во вторник");
    await m.press("Без вложений");
    const picker = await m.press("Выбрать школы");
    const number = /(\d+)\. СОШ №2/.exec(textOf(picker.replies))![1]!;
    await m.press(number);
    await m.press("Готово (1)");
    await m.press("Нет");
    const preview = await m.send("24.11 10:00");
    expect(textOf(preview.replies)).toContain("Получат: 1 из 1.");
    expect(textOf(preview.replies)).toContain("Отправка: 24.11.2026 10:00");
    const sent = await m.press("✅ Отправить");
    expect(textOf(sent.replies)).toContain("Запланировано на 24.11.2026 10:00. Получателей: 1.");
    await s.stack.drainOutbox();
    expect(copyOf(s.user("head2"), "Совещание")).toBeUndefined();
    s.stack.clock.set("2026-11-24T07:00:01Z"); // 10:00 in Moscow
    await s.stack.drainOutbox();
    expect(copyOf(s.user("head2"), "Совещание")!.buttons).toEqual([]);
    expect(copyOf(s.user("head1"), "Совещание")).toBeUndefined();
  });

  it("429s and a 403 in the middle of a broadcast: every reachable person gets exactly one copy; the blocked one is listed", async () => {
    // Татьяна blocked the bot, but the bot missed the news: Telegram's 403 tells it during the broadcast.
    await s.stack.db.prisma.person.updateMany({ where: { displayName: "Татьяна Кузнецова" }, data: { blockedBotAt: null } });
    const m = s.user("methodologist");
    await m.send("/announce");
    await m.send("Конкурс «Учитель года»: заявки до 1 декабря");
    await m.press("Без вложений");
    await m.press("Всем в боте");
    await m.press("Нет");
    await m.press("Сейчас");
    const refusedBefore = s.stack.server.floodStats().refused;
    flood.injectEvery = 2;
    try {
      await m.press("✅ Отправить");
      await s.stack.drainOutbox();
    } finally {
      delete flood.injectEvery;
    }
    expect(s.stack.server.floodStats().refused).toBeGreaterThan(refusedBefore);
    for (const key of ["head1", "head2", "official"] as const) {
      expect(s.user(key).messages().filter((x) => x.text.startsWith("Конкурс")), key).toHaveLength(1);
    }
    const id = (await s.stack.db.prisma.announcement.findFirstOrThrow({ where: { text: { startsWith: "Конкурс" } } })).id;
    const card = await m.pressData(`announcement:card:${id}:0`);
    expect(textOf(card.replies)).toContain("Получателей 4: в очереди 0 · доставлено 3 · не доставлено 0 · заблокировали 1");
    expect(textOf(card.replies)).toContain("Татьяна Кузнецова");
  });

  it("«🗑 Отозвать» deletes the delivered copies and says how many could not be", async () => {
    const m = s.user("methodologist");
    await m.pressData(`announcement:card:${announcementId}:0`);
    await m.press("🗑 Отозвать");
    const done = await m.press("🗑 Да, отозвать");
    expect(textOf(done.replies)).toContain("Удаляется копий: 2");
    expect(textOf(done.replies)).toContain("Нельзя удалить (старше 48 часов), текст заменён на «отозвано»: 0");
    await s.stack.drainOutbox();
    const copy = copyOf(s.user("head1"), "Семинар")!;
    expect(copy.deleted).toBe(true);
    expect(s.user("head1").messages().some((x) => x.document?.filename === "программа.pdf" && x.messageId > copy.messageId)).toBe(false);
    const again = await s.user("head2").pressData(`announcement:ack:${announcementId}`);
    expect(again.answer?.text).toContain("отозвано");
  });
});
