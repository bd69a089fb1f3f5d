// Callback data is whatever a client sends. A head cannot see, close, accept or return another school's task
// by forging "task:…" data; staff of another municipality cannot either; malformed data is "outdated".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startCampaignScenario, type CampaignScenario } from "../../support/campaign-scenario.js";
import { assignmentOf, recordMeetingThroughDomain } from "../../support/tasks-scenario.js";

const FORBIDDEN = "Это не ваше: у вас нет доступа к этим данным.";
const OUTDATED = "Эта кнопка устарела. Откройте раздел заново через /menu.";

let s: CampaignScenario;
let taskId: number;
let school1: number; // head1's assignment
let foreign: SimulatedUser;
beforeAll(async () => {
  s = await startCampaignScenario();
  taskId = (await recordMeetingThroughDomain(s, [{ text: "Сдать справку о курсах", due: "2026-11-30", schools: "all" }]))[0]!;
  school1 = await assignmentOf(s, taskId, "СОШ №1");
  // The «new tasks» notices go now: a later press wakes the dispatcher and one would land among a refusal's replies.
  await s.stack.drainOutbox();
  const lysva = await createMunicipality(s.stack.domain, systemActor, { name: "Лысьвенский городской округ", timeZone: "Asia/Yekaterinburg" });
  const invite = await createInvite(s.stack.domain, systemActor, { role: "OFFICIAL", municipalityId: lysva.id });
  foreign = s.stack.server.user({ id: 700_001, first_name: "Чужой", last_name: "Специалист", language_code: "ru" });
  await foreign.send(`/start ${invite.code}`);
});
afterAll(() => s?.close());

async function refused(user: SimulatedUser, data: string, text = FORBIDDEN) {
  await user.send("/tasks"); // a bot message to press on
  const press = await user.pressData(data);
  expect(press.answer?.text, data).toBe(text);
  expect(press.replies, data).toEqual([]);
}

async function status() {
  return (await s.stack.db.prisma.taskAssignment.findUniqueOrThrow({ where: { id: school1 } })).status;
}

describe("forged task buttons", () => {
  it("another school's head can neither open nor close the assignment", async () => {
    const head2 = s.user("head2");
    await refused(head2, `task:assignment:${school1}`);
    await refused(head2, `task:close:${school1}`);
    // No conversation was entered: the next message is not taken as a report.
    await head2.send("Выполнено, всё сделали");
    expect(await status()).toBe("OPEN");
    await refused(head2, `task:task:${taskId}:0`);
  });

  it("no head can accept or return a report, not even their own school's; nor fetch another school's file", async () => {
    const head1 = s.user("head1");
    await head1.send("/tasks");
    await head1.press(/Сдать справку/);
    await head1.press(/Выполнено/);
    await head1.upload("справка.docx", "не важно");
    await head1.press("✅ Отправить");
    expect(await status()).toBe("DONE");

    await refused(head1, `task:accept:${school1}`);
    await refused(head1, `task:return:${school1}`);
    await refused(s.user("head2"), `task:accept:${school1}`);
    await refused(s.user("head2"), `task:file:${school1}`);
    expect(await status()).toBe("DONE");
  });

  it("an official of another municipality is refused everything", async () => {
    await refused(foreign, `task:assignment:${school1}`);
    await refused(foreign, `task:accept:${school1}`);
    await refused(foreign, `task:return:${school1}`);
    await refused(foreign, `task:task:${taskId}:0`);
    expect(await status()).toBe("DONE");
  });

  it("malformed data is outdated; a second accept of the same report says it was already reviewed", async () => {
    const head2 = s.user("head2");
    for (const data of ["task:assignment:abc", "task:zzz:1", `task:assignment:${school1}:2`, "task:assignment:", "task:assignment:99999999999"]) await refused(head2, data, OUTDATED);
    const official = s.user("official");
    await refused(official, "task:assignment:999999", "Не нашлось — возможно, это уже удалено.");
    await official.send("/tasks");
    await official.pressData(`task:accept:${school1}`);
    expect(await status()).toBe("ACCEPTED");
    await refused(official, `task:accept:${school1}`, "Этот отчёт уже проверен (или его ещё нет).");
  });
});
