// An indicator the course records can compute is offered pre-filled in the form; the head may confirm or
// correct it, and the stored answer keeps the computed figure beside it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCampaign } from "../../../src/domain/campaigns/create-campaign.js";
import { getForm } from "../../../src/domain/campaigns/get-form.js";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import { campaignPeriodRange } from "../../../src/domain/courses/records-fed-indicators.js";
import { reportCompletions } from "../../../src/domain/courses/report-completions.js";
import { seedIndicatorCatalogue } from "../../../src/domain/indicators/seed-indicator-catalogue.js";
import { createCoursesFixture, type CoursesFixture } from "./fixture.js";

describe("indicators fed by course records", () => {
  let f: CoursesFixture;
  beforeAll(async () => {
    f = await createCoursesFixture();
    await seedIndicatorCatalogue(f.deps);
  });
  afterAll(async () => {
    await f.db.close();
  });

  it("periods of campaigns as dates", () => {
    expect(campaignPeriodRange("2026-Q4")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
    expect(campaignPeriodRange("2026-Q1")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(campaignPeriodRange("2026")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("the form offers the count of teachers trained on personalised programmes; the answer keeps both figures", async () => {
    const [a, b] = f.teachersA;
    // «Наставничество» is tagged personalised; two teachers this quarter, one of them twice, one last quarter.
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [a!.id, b!.id], courseId: f.mentoring.id, completedOn: "2026-10-15" });
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [a!.id], courseId: f.mentoring.id, completedOn: "2026-11-02" });
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [f.teachersA[2]!.id], courseId: f.mentoring.id, completedOn: "2026-09-30" });
    await reportCompletions(f.deps, f.headA, { schoolId: f.schoolA.id, teacherIds: [f.teachersA[2]!.id], courseId: f.digital.id, completedOn: "2026-10-20" });
    const indicators = await f.deps.db.indicator.findMany({ where: { code: { in: ["PERSONALISED_TRAINING_COUNT", "ATTESTATION_SHARE"] } } });
    const personalised = indicators.find((i) => i.code === "PERSONALISED_TRAINING_COUNT")!;
    const campaign = await createCampaign(f.deps, f.methodologist, {
      title: "ПК, 4 квартал",
      period: "2026-Q4",
      indicatorIds: indicators.map((i) => i.id),
      opensAt: f.clock.now,
      deadline: new Date(f.clock.now.getTime() + 7 * 86_400_000),
      schoolIds: "all",
    });
    const ids = { campaignId: campaign.campaignId, schoolId: f.schoolA.id };
    const form = await getForm(f.deps, f.headA, ids);
    expect(form.items.find((i) => i.indicator.id === personalised.id)?.fromRecords).toBe(2);
    expect(form.items.find((i) => i.indicator.id !== personalised.id)?.fromRecords).toBeNull();

    // The head knows of a third teacher whose certificate is not recorded yet: corrects to 3.
    expect((await saveAnswer(f.deps, f.headA, { ...ids, indicatorId: personalised.id, raw: "3" })).status).toBe("saved");
    const stored = await f.deps.db.submissionValue.findFirstOrThrow({ where: { indicatorId: personalised.id, submission: { schoolId: f.schoolA.id } } });
    expect(stored).toMatchObject({ number: 3, computedNumber: 2 });
  });

  it("heads of schools with no completions in the period are reminded to record them first, once", async () => {
    const { remindRecordsFirst, COURSE_RECORDS_REMINDER } = await import("../../../src/domain/courses/remind-records-first.js");
    await f.deps.db.campaign.updateMany({ data: { openedAt: f.clock.now } });
    const first = await remindRecordsFirst(f.deps);
    const again = await remindRecordsFirst(f.deps);
    const rows = await f.deps.db.outboxMessage.findMany({ where: { kind: COURSE_RECORDS_REMINDER } });
    // СОШ №1 recorded completions this quarter; СОШ №2 did not: only its head is asked.
    expect(rows.map((r) => r.personId)).toEqual([f.headB.personId]);
    expect(first.queued).toBe(1);
    expect(again.queued).toBe(0);
    expect(rows[0]!.payload).toMatchObject({ schoolShortName: "СОШ №2", from: "2026-10-01", to: "2026-12-31" });
  });
});
