// The announcement use cases against a fresh database, delivered by the real dispatcher over a recording
// Bot API: the preview counts who cannot be reached, «Отправить» writes every copy in one transaction, a
// scheduled one waits for its local time, «Ознакомлен» is once and only one's own, the card's figures and the
// /status line follow, the reminders (sweep and «now») go once, corrections and the recall reach every copy.
import ExcelJS from "exceljs";
import { GrammyError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, translator } from "../../../src/bot/i18n.js";
import type { Actor } from "../../../src/domain/actor.js";
import { acknowledgeAnnouncement } from "../../../src/domain/announcements/acknowledge-announcement.js";
import { correctAnnouncement } from "../../../src/domain/announcements/correct-announcement.js";
import { exportAcknowledgments } from "../../../src/domain/announcements/export-acknowledgments.js";
import { getAnnouncementCard } from "../../../src/domain/announcements/get-announcement-card.js";
import { listReceivedAnnouncements, listSentAnnouncements } from "../../../src/domain/announcements/list-announcements.js";
import { previewAnnouncement } from "../../../src/domain/announcements/preview-announcement.js";
import { recallAnnouncement } from "../../../src/domain/announcements/recall-announcement.js";
import { remindUnacknowledged } from "../../../src/domain/announcements/remind-unacknowledged.js";
import { sendAnnouncement } from "../../../src/domain/announcements/send-announcement.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { sweepReminders } from "../../../src/domain/reminders/sweep-reminders.js";
import { getMunicipalityStatus } from "../../../src/domain/status/get-municipality-status.js";
import { importSchools } from "../../../src/domain/schools/import-schools.js";
import { createLogger } from "../../../src/logger.js";
import { createDispatcher, type Dispatcher } from "../../../src/notify/dispatcher.js";
import { createAccessFixture, type AccessFixture } from "../access/fixture.js";

let f: AccessFixture;
let dispatcher: Dispatcher;
const calls: Array<{ method: string; payload: Record<string, unknown> }> = [];
const people = {} as Record<"methodologist" | "official" | "headA" | "headA2" | "headB" | "blocked" | "foreign", Actor>;
let blockedChat = 0;

beforeAll(async () => {
  f = await createAccessFixture();
  people.methodologist = await f.register({ role: "METHODOLOGIST", displayName: "Анна Методист" });
  people.official = await f.register({ role: "OFFICIAL" });
  people.headA = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
  people.headA2 = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
  people.headB = await f.register({ role: "HEAD", schoolId: f.schoolB.id });
  people.blocked = await f.register({ role: "HEAD", schoolId: f.schoolB.id });
  await importSchools(f.deps, systemActor, { municipalityId: f.municipalityId, csv: "name,short_name\nШкола без руководителя,ШБР\n" });
  const other = await createMunicipality(f.deps, systemActor, { name: "Другой округ", timeZone: "Asia/Vladivostok" });
  people.foreign = await f.register({ role: "OFFICIAL", municipalityId: other.id });
  blockedChat = Number((await f.deps.db.person.findUniqueOrThrow({ where: { id: people.blocked.personId } })).telegramId);
  let messageId = 100;
  const i18n = createI18n(() => undefined);
  dispatcher = createDispatcher({
    domain: f.deps,
    t: (language) => translator(i18n, language),
    logger: createLogger("silent"),
    limits: { globalPerSecond: 10_000, perChatPerSecond: 10_000 },
    pollMs: Infinity,
    api: {
      async call(method, payload) {
        calls.push({ method, payload });
        if (payload.chat_id === blockedChat) throw new GrammyError("blocked", { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, method, payload);
        return method === "deleteMessage" || method.startsWith("edit") ? true : { message_id: messageId++ };
      },
    },
  });
});
afterAll(() => f?.db.close());

const seminar = { text: "Семинар «Наставничество» 26.11 в 14:00", entities: [{ type: "bold" as const, offset: 0, length: 7 }] };
const callsTo = (method: string) => calls.filter((c) => c.method === method);

describe("announcements in the domain", () => {
  let id: number;

  it("the preview counts who can be reached and who cannot; nothing is written", async () => {
    const preview = await previewAnnouncement(f.deps, people.methodologist, { ...seminar, audience: { kind: "heads" } });
    expect(preview).toMatchObject({ recipients: 4, reachable: 4, blocked: 0, schoolsWithoutHead: 1, sendAt: "2026-11-23T09:00:00.000Z" });
    await f.deps.db.person.update({ where: { id: people.blocked.personId }, data: { blockedBotAt: f.clock.now } });
    expect(await previewAnnouncement(f.deps, people.methodologist, { ...seminar, audience: { kind: "heads" } })).toMatchObject({ recipients: 4, reachable: 3, blocked: 1 });
    expect(await f.deps.db.announcement.count()).toBe(0);
  });

  it("a head cannot send; a school of another municipality is refused; an empty audience sends nothing", async () => {
    await expect(sendAnnouncement(f.deps, people.headA, { ...seminar, audience: { kind: "heads" } })).rejects.toMatchObject({ code: "forbidden" });
    const foreignSchool = await f.deps.db.school.create({ data: { municipalityId: people.foreign.municipalityId, name: "Чужая", shortName: "Чужая" } });
    await expect(sendAnnouncement(f.deps, people.methodologist, { ...seminar, audience: { kind: "schools", schoolIds: [foreignSchool.id] } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(sendAnnouncement(f.deps, people.official, { ...seminar, audience: { kind: "role", role: "OFFICIAL" } })).rejects.toMatchObject({ code: "announcement-no-recipients" });
    expect(await f.deps.db.announcement.count()).toBe(0);
    expect(await f.deps.db.outboxMessage.count({ where: { kind: { startsWith: "announcement." } } })).toBe(0);
  });

  it("«Отправить» writes the announcement, its recipients and a copy plus each attachment per recipient, once", async () => {
    const sent = await sendAnnouncement(f.deps, people.methodologist, {
      ...seminar,
      attachments: [{ kind: "document", fileId: "doc-1", fileName: "программа.pdf" }, { kind: "photo", fileId: "photo-1" }],
      audience: { kind: "heads" },
      askAck: true,
      ackDeadline: "2026-11-26T15:00:00Z",
    });
    id = sent.announcementId;
    expect(sent).toMatchObject({ recipients: 4, immediate: true });
    const rows = await f.deps.db.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `ann:${id}:` } } });
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.personId))).not.toContain(people.foreign.personId);
    expect(await dispatcher.drain()).toEqual({ sent: 9, blocked: 3, failed: 0 });
    const copy = callsTo("sendMessage").find((c) => String(c.payload.text).startsWith("Семинар"))!;
    expect(copy.payload.entities).toEqual(seminar.entities);
    expect(String(copy.payload.text)).toContain("Отметьте «Ознакомлен» до 26.11.2026 18:00");
    expect(callsTo("sendDocument")).toHaveLength(3);
    expect(callsTo("sendPhoto")).toHaveLength(3);
  });

  it("a scheduled announcement waits for its local time, moved past quiet hours", async () => {
    const at10 = await sendAnnouncement(f.deps, people.methodologist, { text: "В среду", audience: { kind: "schools", schoolIds: [f.schoolA.id] }, sendAt: "2026-11-25T07:00:00Z" });
    expect(at10).toMatchObject({ immediate: false, sendAt: "2026-11-25T07:00:00.000Z" });
    const late = await sendAnnouncement(f.deps, people.methodologist, { text: "Поздно вечером", audience: { kind: "schools", schoolIds: [f.schoolA.id] }, sendAt: "2026-11-23T19:30:00Z" });
    expect(late.sendAt).toBe("2026-11-24T06:00:00.000Z"); // 22:30 Moscow → 09:00 next morning
    expect(await dispatcher.drain()).toEqual({ sent: 0, blocked: 0, failed: 0 });
    await expect(sendAnnouncement(f.deps, people.methodologist, { text: "Вчера", audience: { kind: "heads" }, sendAt: "2026-11-22T07:00:00Z" })).rejects.toMatchObject({ params: { reason: "in-the-past" } });
  });

  it("the card shows delivery and who blocked the bot; «Ознакомлен» is once, only a recipient's own", async () => {
    let card = await getAnnouncementCard(f.deps, people.methodologist, { announcementId: id });
    expect(card.figures).toEqual({ recipients: 4, queued: 0, delivered: 3, failed: 0, blocked: 1, acknowledged: 0 });
    expect(card.blocked.total).toBe(1);
    expect(card.missing).toMatchObject({ total: 2, names: ["СОШ №1", "СОШ №2"] });

    f.clock.now = new Date("2026-11-23T10:00:00Z");
    const first = await acknowledgeAnnouncement(f.deps, people.headA, { announcementId: id });
    f.clock.now = new Date("2026-11-23T10:05:00Z");
    const again = await acknowledgeAnnouncement(f.deps, people.headA, { announcementId: id });
    expect(first).toMatchObject({ first: true, acknowledgedAt: "2026-11-23T10:00:00.000Z" });
    expect(again).toMatchObject({ first: false, acknowledgedAt: "2026-11-23T10:00:00.000Z" });
    await expect(acknowledgeAnnouncement(f.deps, people.official, { announcementId: id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(acknowledgeAnnouncement(f.deps, people.foreign, { announcementId: id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAnnouncementCard(f.deps, people.headA, { announcementId: id })).rejects.toMatchObject({ code: "forbidden" });

    card = await getAnnouncementCard(f.deps, people.official, { announcementId: id });
    expect(card.figures.acknowledged).toBe(1);
    expect(card.missing.names).toEqual(["СОШ №2"]); // one head's press answers for school 1
    const status = await getMunicipalityStatus(f.deps, people.official);
    expect(status.announcements).toEqual([{ announcementId: id, title: "Семинар «Наставничество» 26.11 в 14:00", missing: 1, recipients: 2 }]);
  });

  it("reminders: «now» once a day to who still owes it; the sweep once, the day before the deadline", async () => {
    expect(await remindUnacknowledged(f.deps, people.methodologist, { announcementId: id })).toEqual({ reminded: 1, owing: 1 });
    expect(await remindUnacknowledged(f.deps, people.methodologist, { announcementId: id })).toEqual({ reminded: 0, owing: 1 });
    await expect(remindUnacknowledged(f.deps, people.official, { announcementId: id })).rejects.toMatchObject({ code: "forbidden" });
    await dispatcher.drain();
    f.clock.now = new Date("2026-11-24T07:05:00Z"); // 3 days before is not an announcement's slot
    await sweepReminders(f.deps);
    expect(await f.deps.db.reminderClaim.count({ where: { key: { startsWith: "slot:announcement:" } } })).toBe(0);
    f.clock.now = new Date("2026-11-25T07:05:00Z"); // the day before, 10:05 Moscow
    expect(await sweepReminders(f.deps)).toMatchObject({ items: 1 });
    f.clock.now = new Date("2026-11-26T07:05:00Z");
    await sweepReminders(f.deps);
    const claims = await f.deps.db.reminderClaim.findMany({ where: { key: { startsWith: "slot:announcement:" } } });
    expect(claims.map((c) => `${c.key} ${c.kind}`)).toEqual([`slot:announcement:${id} announcement.before-1`]);
  });

  it("a correction edits every delivered copy and keeps «✅» for who acknowledged", async () => {
    calls.length = 0;
    const fixed = { text: "Семинар «Наставничество» 27.11 в 14:00", entities: seminar.entities };
    expect(await correctAnnouncement(f.deps, people.methodologist, { announcementId: id, ...fixed })).toEqual({ rewritten: 0, edits: 3 });
    await expect(correctAnnouncement(f.deps, people.official, { announcementId: id, ...fixed })).rejects.toMatchObject({ code: "forbidden" });
    await dispatcher.drain();
    const edits = callsTo("editMessageText");
    expect(edits).toHaveLength(3);
    expect(edits.every((e) => String(e.payload.text).includes("27.11 в 14:00") && String(e.payload.text).includes("✏️ Исправлено"))).toBe(true);
    const buttons = edits.map((e) => JSON.stringify(e.payload.reply_markup));
    expect(buttons.filter((b) => b.includes("✅ Ознакомлен"))).toHaveLength(1);
  });

  it("history: a head's received list, the sender's broadcasts with figures, the XLSX", async () => {
    const received = await listReceivedAnnouncements(f.deps, people.headB);
    expect(received.items.map((i) => [i.excerpt, i.acknowledged])).toEqual([["Семинар «Наставничество» 27.11 в 14:00", false]]);
    const sent = await listSentAnnouncements(f.deps, people.methodologist);
    expect(sent.items).toHaveLength(3);
    expect(sent.items.at(-1)!.figures).toMatchObject({ delivered: 3, acknowledged: 1 });
    const file = await exportAcknowledgments(f.deps, people.methodologist, { announcementId: id });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.content as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).join("|"));
    expect(rows.some((r) => r.startsWith("МОУ «СОШ №1»") && r.endsWith("23.11.2026 13:00"))).toBe(true);
    expect(rows.some((r) => r.includes("заблокировал бота"))).toBe(true);
  });

  it("the recall deletes fresh copies, replaces old ones with «отозвано», cancels unsent ones; then acknowledging is refused", async () => {
    calls.length = 0;
    f.clock.now = new Date("2026-11-24T12:00:00Z"); // a day after the copies went
    // One copy older than Telegram allows deleting.
    await f.deps.db.outboxMessage.update({ where: { dedupeKey: `ann:${id}:${people.headA.personId}` }, data: { sentAt: new Date("2026-11-20T09:00:00Z") } });
    const recalled = await recallAnnouncement(f.deps, people.methodologist, { announcementId: id });
    expect(recalled).toEqual({ deleting: 2, tooOld: 1, cancelled: 0 });
    await dispatcher.drain();
    expect(callsTo("deleteMessage")).toHaveLength(2 + 6); // two texts and their six attachments
    expect(String(callsTo("editMessageText")[0]!.payload.text)).toContain("отозвано");
    await expect(acknowledgeAnnouncement(f.deps, people.headB, { announcementId: id })).rejects.toMatchObject({ code: "announcement-recalled" });
    expect((await listReceivedAnnouncements(f.deps, people.headB)).items).toHaveLength(0);
    await expect(recallAnnouncement(f.deps, people.methodologist, { announcementId: id })).rejects.toMatchObject({ code: "announcement-recalled" });
  });
});
