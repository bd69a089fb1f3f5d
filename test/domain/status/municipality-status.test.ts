// The figures behind /status, from the database, against a small fixture written out here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMunicipalityStatus } from "../../../src/domain/status/get-municipality-status.js";
import { getSchoolStatus } from "../../../src/domain/status/get-school-status.js";
import { getCampaignMissing, getTaskOverdue } from "../../../src/domain/status/get-status-item.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";
import { answerAndSubmit, createCampaignWorld, startCampaign, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { addTask } from "../../support/fixtures-tasks.js";

let db: TestDatabase;
let w: CampaignWorld;
let campaignId: number;
let taskId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  w = await createCampaignWorld(db, { schools: 4 });
  campaignId = await startCampaign(w, { period: "2026-Q4", codes: ["ATTESTATION_SHARE"], opensAt: "2026-11-16T07:00:00Z", deadline: "2026-11-30T15:00:00Z" });
  await answerAndSubmit(w, campaignId, w.heads[0]!, { ATTESTATION_SHARE: "3 из 10" });
  w.clock.set("2026-11-23T09:00:00Z");
  ({ taskId } = await addTask(w, { title: "Положение о наставничестве", dueAt: "2026-11-20T15:00:00Z", schoolIds: [w.schools[1]!.id, w.schools[2]!.id] }));
  await addTask(w, { title: "План ШМО", dueAt: "2026-11-16T15:00:00Z", schoolIds: [w.schools[2]!.id], createdById: w.methodologist.personId });
  await addTask(w, { title: "Отчёт по курсам", dueAt: "2026-11-18T15:00:00Z", personIds: [w.methodologist.personId] });
});
afterAll(() => db.close());

describe("the municipality's picture", () => {
  it("campaigns with schools missing, overdue by task, by person, and schools ranked by what they owe", async () => {
    const s = await getMunicipalityStatus(w.deps, w.official);
    expect(s.campaigns.map((c) => [c.title, c.schools, c.submitted])).toEqual([["Мониторинг 2026-Q4", 4, 1]]);
    expect(s.overdue).toEqual({ assignments: 4, schools: 2, people: 1 });
    expect(s.tasks.map((t) => [t.title, t.overdue])).toEqual([["Положение о наставничестве", 2], ["План ШМО", 1], ["Отчёт по курсам", 1]]);
    expect(s.assignees).toEqual([{ personId: w.methodologist.personId, displayName: "Методист ММС", overdue: 1 }]);
    expect(s.debtors.total).toBe(3);
    expect(s.debtors.rows.map((r) => [r.shortName, r.overdueTasks, r.missingForms])).toEqual([["СШ № 3", 2, 1], ["СШ № 2", 1, 1], ["СШ № 4", 0, 1]]);
    expect(s.announcements).toEqual([]);
  });

  it("a methodologist's picture covers what they created; heads get none", async () => {
    const s = await getMunicipalityStatus(w.deps, w.methodologist);
    expect(s.ownOnly).toBe(true);
    expect(s.overdue).toEqual({ assignments: 1, schools: 1, people: 0 });
    await expect(getMunicipalityStatus(w.deps, w.heads[0]!)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("drill-downs: a campaign's missing schools and a task's overdue assignees; another municipality's are not found", async () => {
    const missing = await getCampaignMissing(w.deps, w.official, { id: campaignId });
    expect(missing.rows.map((r) => r.shortName)).toEqual(["СШ № 2", "СШ № 3", "СШ № 4"]);
    const overdue = await getTaskOverdue(w.deps, w.official, { id: taskId });
    expect(overdue.rows.map((r) => r.name)).toEqual(["СШ № 2", "СШ № 3"]);
    await expect(getTaskOverdue(w.deps, w.foreign.methodologist, { id: taskId })).rejects.toMatchObject({ code: "not-found" });
  });

  it("a school's own picture; a head of another school is refused", async () => {
    const s = await getSchoolStatus(w.deps, w.heads[2]!, { schoolId: w.schools[2]!.id });
    expect(s.campaigns.map((c) => c.state)).toEqual(["none"]);
    expect(s.tasks.map((t) => [t.title, t.overdue])).toEqual([["План ШМО", true], ["Положение о наставничестве", true]]);
    await expect(getSchoolStatus(w.deps, w.heads[1]!, { schoolId: w.schools[2]!.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});
