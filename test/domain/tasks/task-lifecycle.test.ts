// The task use cases against a fresh database: recording a meeting writes tasks, assignments and one notice per
// person; the per-assignee state moves OPEN → DONE → ACCEPTED or back to OPEN with the reason; scope holds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/actor.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { closeAssignment } from "../../../src/domain/tasks/close-assignment.js";
import { getAssignment } from "../../../src/domain/tasks/get-assignment.js";
import { isOverdue, listOpenAssignments } from "../../../src/domain/tasks/list-open-assignments.js";
import { listMyAssignments } from "../../../src/domain/tasks/list-my-assignments.js";
import { readProtocol } from "../../../src/domain/tasks/read-protocol.js";
import { recordMeeting, type RecordMeetingInput } from "../../../src/domain/tasks/record-meeting.js";
import { acceptAssignment, returnAssignment } from "../../../src/domain/tasks/review-assignment.js";
import { createAccessFixture, type AccessFixture } from "../access/fixture.js";

let f: AccessFixture;
const people = {} as Record<"official" | "methodologist" | "headA" | "headA2" | "headB" | "foreign", Actor>;

const meeting = (decisions: RecordMeetingInput["decisions"]): RecordMeetingInput => ({ number: "7", heldOn: "2026-11-20", title: "Совещание", decisions });

beforeAll(async () => {
  f = await createAccessFixture();
  people.official = await f.register({ role: "OFFICIAL" });
  people.methodologist = await f.register({ role: "METHODOLOGIST" });
  people.headA = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
  people.headA2 = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
  people.headB = await f.register({ role: "HEAD", schoolId: f.schoolB.id });
  const other = await createMunicipality(f.deps, systemActor, { name: "Другой округ", timeZone: "Asia/Vladivostok" });
  people.foreign = await f.register({ role: "OFFICIAL", municipalityId: other.id });
});
afterAll(() => f?.db.close());

describe("tasks in the domain", () => {
  let dated: number;
  let a: number; // school A's assignment of the dated task
  let b: number;

  it("a meeting becomes tasks with one assignment per school and per named person, and one notice per person", async () => {
    const recorded = await recordMeeting(f.deps, people.official, meeting([
      { number: 1, text: "Сдать анализ", dueOn: "2026-11-30", standing: false, responsibleText: "руководители ОО, ММС", assignees: { allSchools: true, schoolIds: [], personIds: [people.methodologist.personId] } },
      { number: 2, text: "Информировать педагогов", dueOn: null, standing: true, responsibleText: "СОШ №2", assignees: { allSchools: false, schoolIds: [f.schoolB.id], personIds: [] } },
    ]));
    expect(recorded.assignments).toBe(4);
    dated = recorded.taskIds[0]!;
    const rows = await f.db.prisma.taskAssignment.findMany({ where: { taskId: dated }, orderBy: { id: "asc" } });
    a = rows.find((r) => r.schoolId === f.schoolA.id)!.id;
    b = rows.find((r) => r.schoolId === f.schoolB.id)!.id;
    expect(rows.every((r) => r.municipalityId === f.municipalityId && r.dueAt?.toISOString() === "2026-11-30T20:59:00.000Z")).toBe(true);

    const notices = await f.db.prisma.outboxMessage.findMany({ where: { kind: "task.assigned" }, orderBy: { personId: "asc" } });
    const counts = Object.fromEntries(notices.map((n) => [n.personId, (n.payload as { items: unknown[] }).items.length]));
    expect(counts).toEqual({ [people.methodologist.personId]: 1, [people.headA.personId]: 1, [people.headA2.personId]: 1, [people.headB.personId]: 2 });

    const open = await listOpenAssignments(f.db.prisma, { municipalityId: f.municipalityId });
    expect(open).toHaveLength(4);
    expect(open.at(-1)).toMatchObject({ standing: true, dueAt: null });
  });

  it("refuses a meeting with a decision nobody is responsible for, or with another municipality's school", async () => {
    const nobody = meeting([{ number: 1, text: "Ничьё", dueOn: "2026-12-01", standing: false, responsibleText: "", assignees: { allSchools: false, schoolIds: [], personIds: [] } }]);
    await expect(recordMeeting(f.deps, people.official, nobody)).rejects.toMatchObject({ code: "invalid-input" });
    const forged = meeting([{ number: 1, text: "Чужая школа", dueOn: "2026-12-01", standing: false, responsibleText: "", assignees: { allSchools: false, schoolIds: [f.schoolA.id], personIds: [] } }]);
    await expect(recordMeeting(f.deps, people.foreign, forged)).rejects.toMatchObject({ code: "forbidden" });
    await expect(recordMeeting(f.deps, people.headA, forged)).rejects.toMatchObject({ code: "forbidden" });
    await expect(readProtocol(f.deps, people.official, { text: "   " })).rejects.toMatchObject({ code: "task-protocol-empty" });
  });

  it("a head closes their school's assignment once; the other school's head and a second close are refused", async () => {
    await expect(closeAssignment(f.deps, people.headB, { assignmentId: a, comment: "сделано" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(closeAssignment(f.deps, people.headA, { assignmentId: a })).rejects.toMatchObject({ code: "task-no-evidence" });
    await expect(closeAssignment(f.deps, people.headA, { assignmentId: a, url: "javascript:alert(1)" })).rejects.toMatchObject({ code: "invalid-input" });
    const closed = await closeAssignment(f.deps, people.headA, { assignmentId: a, comment: "Справка готова" });
    expect(closed.state).toBe("done");
    await expect(closeAssignment(f.deps, people.headA2, { assignmentId: a, comment: "и я" })).rejects.toMatchObject({ code: "task-not-open" });
    await expect(getAssignment(f.deps, people.headB, { assignmentId: a })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getAssignment(f.deps, people.foreign, { assignmentId: a })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("staff return with a reason (both heads are told), the head closes again, staff accept", async () => {
    await expect(returnAssignment(f.deps, people.headA, { assignmentId: a, reason: "сам себе" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(acceptAssignment(f.deps, people.foreign, { assignmentId: a })).rejects.toMatchObject({ code: "forbidden" });
    await expect(acceptAssignment(f.deps, people.official, { assignmentId: b })).rejects.toMatchObject({ code: "task-not-done" });
    f.clock.now = new Date("2026-11-24T09:00:00Z");
    const returned = await returnAssignment(f.deps, people.methodologist, { assignmentId: a, reason: "Нет подписи" });
    expect([returned.state, returned.returnReason]).toEqual(["returned", "Нет подписи"]);
    const told = await f.db.prisma.outboxMessage.findMany({ where: { kind: "task.returned" }, orderBy: { personId: "asc" } });
    expect(told.map((n) => n.personId)).toEqual([people.headA.personId, people.headA2.personId]);

    const mine = await listMyAssignments(f.deps, people.headA2);
    expect(mine.items.map((i) => i.state)).toEqual(["returned"]);
    await closeAssignment(f.deps, people.headA2, { assignmentId: a, fileId: "FILE-1", fileName: "справка.pdf" });
    const accepted = await acceptAssignment(f.deps, people.official, { assignmentId: a });
    expect(accepted.state).toBe("accepted");
    const row = await f.db.prisma.taskAssignment.findUniqueOrThrow({ where: { id: a } });
    expect([row.status, row.evidenceFileName, row.evidenceText, row.returnReason, row.acceptedById]).toEqual([
      "ACCEPTED",
      "справка.pdf",
      null,
      "Нет подписи",
      people.official.personId,
    ]);
    expect((await listMyAssignments(f.deps, people.headA)).accepted).toBe(1);
  });

  it("overdue means open past the deadline; a standing assignment never is", async () => {
    f.clock.now = new Date("2026-12-01T09:00:00Z");
    const overdue = await listOpenAssignments(f.db.prisma, { municipalityId: f.municipalityId, dueBefore: f.clock.now });
    expect(overdue.map((o) => o.assignmentId).sort()).toEqual(
      (await f.db.prisma.taskAssignment.findMany({ where: { taskId: dated, status: "OPEN" } })).map((r) => r.id).sort(),
    );
    expect(isOverdue({ status: "OPEN", dueAt: null }, f.clock.now)).toBe(false);
    expect((await listMyAssignments(f.deps, people.headB)).items.map((i) => i.state)).toEqual(["overdue", "open"]);
  });
});
