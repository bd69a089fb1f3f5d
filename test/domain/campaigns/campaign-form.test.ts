// A campaign from creation to submission, as the methodologist and the school heads live it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCampaign } from "../../../src/domain/campaigns/create-campaign.js";
import { getForm } from "../../../src/domain/campaigns/get-form.js";
import { getSubmissionHistory } from "../../../src/domain/campaigns/get-submission-history.js";
import { listCampaigns } from "../../../src/domain/campaigns/list-campaigns.js";
import { openDueCampaigns } from "../../../src/domain/campaigns/open-due-campaigns.js";
import { CAMPAIGN_OPENED } from "../../../src/domain/campaigns/campaign-notice-kinds.js";
import { reopenSubmission } from "../../../src/domain/campaigns/reopen-submission.js";
import { saveAnswer } from "../../../src/domain/campaigns/save-answer.js";
import { skipAnswer } from "../../../src/domain/campaigns/skip-answer.js";
import { submitSubmission } from "../../../src/domain/campaigns/submit-submission.js";
import { answerAndSubmit, createCampaignWorld, startCampaign, type CampaignWorld } from "../../support/fixtures-campaigns.js";
import { createTestDatabase, type TestDatabase } from "../../support/test-database.js";

let db: TestDatabase;
let w: CampaignWorld;
const FORM = ["ACT_MENTORING", "DEFICIT_DIAGNOSTICS_SHARE", "PERSONALISED_TRAINING_COUNT", "MAIN_DIFFICULTIES_TEXT"];

beforeAll(async () => {
  db = await createTestDatabase();
  w = await createCampaignWorld(db);
});
afterAll(() => db?.close());

const ids = (codes: string[]) => codes.map((c) => w.indicator[c]!);
const at = (iso: string) => w.clock.set(iso);

describe("creating a campaign", () => {
  const valid = () => ({
    title: "Мониторинг профессионального развития, IV квартал",
    period: "2026-q4",
    indicatorIds: ids(FORM),
    opensAt: "2026-10-05T06:00:00Z",
    deadline: "2026-10-30T15:00:00Z",
    schoolIds: "all" as const,
  });

  it("asks every school of the municipality when told 'all', keeps the indicator order, and is audited", async () => {
    at("2026-10-01T09:00:00Z");
    const created = await createCampaign(w.deps, w.methodologist, valid());
    expect(created).toMatchObject({ period: "2026-Q4", indicatorCount: 4, schoolCount: 4, timeZone: "Europe/Moscow" });
    expect(created.deadline).toBe("2026-10-30T15:00:00.000Z");
    const order = await db.prisma.campaignIndicator.findMany({ where: { campaignId: created.campaignId }, orderBy: { position: "asc" } });
    expect(order.map((o) => o.indicatorId)).toEqual(ids(FORM));
    const audit = await db.prisma.auditLog.findFirst({ where: { action: "campaign.create", entityId: String(created.campaignId) } });
    expect(audit?.actorId).toBe(w.methodologist.personId);
  });

  it.each([
    ["a bad period", { period: "IV квартал" }, "invalid-input"],
    ["no indicators", { indicatorIds: [] }, "invalid-input"],
    ["a repeated indicator", { indicatorIds: [1, 1] }, "invalid-input"],
    ["a deadline before opening", { deadline: "2026-10-04T00:00:00Z" }, "invalid-input"],
    ["a deadline already past", { opensAt: "2026-09-01T00:00:00Z", deadline: "2026-09-30T00:00:00Z" }, "invalid-input"],
    ["an unknown school", { schoolIds: [999_999] }, "not-found"],
  ])("refuses %s", async (_, change, code) => {
    at("2026-10-01T09:00:00Z");
    await expect(createCampaign(w.deps, w.methodologist, { ...valid(), ...change })).rejects.toMatchObject({ code });
  });

  it("refuses another municipality's school or indicator, and heads", async () => {
    at("2026-10-01T09:00:00Z");
    await expect(
      createCampaign(w.deps, w.methodologist, { ...valid(), schoolIds: [w.schools[0]!.id, w.foreign.schoolId] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const perm = await db.prisma.indicator.create({
      data: { code: "PERM_OWN", kind: "COUNT", titleRu: "Свой", titleEn: "Own", helpRu: "", helpEn: "", municipalityId: w.foreign.municipalityId },
    });
    await expect(
      createCampaign(w.deps, w.methodologist, { ...valid(), indicatorIds: [...ids(FORM), perm.id] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(createCampaign(w.deps, w.heads[0]!, valid())).rejects.toMatchObject({ code: "forbidden" });
    await expect(createCampaign(w.deps, w.official, valid())).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("opening a campaign", () => {
  it("notifies each head of the asked schools once, even when several processes run the job", async () => {
    // Not yet: opens at 06:00.
    const campaignId = await startCampaign(w, {
      period: "2026-11",
      codes: FORM,
      opensAt: "2026-11-02T06:00:00Z",
      deadline: "2026-11-30T15:00:00Z",
      schoolIds: [w.schools[0]!.id, w.schools[1]!.id],
    }).catch((e) => e);
    expect(campaignId).toMatchObject({ code: "invalid-input" }); // "2026-11" is not a period

    const id = await startCampaign(w, {
      period: "2026",
      codes: FORM,
      opensAt: "2026-11-02T06:00:00Z",
      deadline: "2026-11-30T15:00:00Z",
      schoolIds: [w.schools[0]!.id, w.schools[1]!.id],
    });
    at("2026-11-02T05:59:00Z");
    expect(await openDueCampaigns(w.deps)).toEqual({ queued: 0 });

    // One revoked head is left out.
    await db.prisma.person.update({ where: { id: w.heads[1]!.personId }, data: { revokedAt: new Date("2026-10-01T00:00:00Z") } });
    at("2026-11-02T06:00:00Z");
    // Two parallel runs: the outbox's unique key lets each head's notice in once.
    const runs = await Promise.all([openDueCampaigns(w.deps), openDueCampaigns(w.deps)]);
    expect(runs[0]!.queued + runs[1]!.queued).toBe(2);
    const rows = await db.prisma.outboxMessage.findMany({ where: { kind: CAMPAIGN_OPENED, payload: { path: ["campaignId"], equals: id } } });
    expect(rows.map((r) => r.personId).sort()).toEqual([w.heads[0]!.personId, w.secondHead.personId].sort());
    for (const row of rows) {
      expect(row.dedupeKey).toBe(`campaign.opened:${id}:${row.personId}`);
      expect(row.payload).toMatchObject({ title: "Мониторинг 2026", deadline: "2026-11-30T15:00:00.000Z", timeZone: "Europe/Moscow", schoolShortName: "СШ № 1" });
      expect(row.status).toBe("QUEUED");
    }
    expect((await db.prisma.campaign.findUniqueOrThrow({ where: { id } })).openedAt).not.toBeNull();
    expect(await openDueCampaigns(w.deps)).toEqual({ queued: 0 });
    await db.prisma.person.update({ where: { id: w.heads[1]!.personId }, data: { revokedAt: null } });
  });
});

describe("a head fills in the form", () => {
  let campaignId: number;
  const head = () => w.heads[2]!;
  const school = () => w.schools[2]!.id;

  beforeAll(async () => {
    campaignId = await startCampaign(w, {
      period: "2026-Q4",
      codes: FORM,
      opensAt: "2026-11-02T06:00:00Z",
      deadline: "2026-11-30T15:00:00Z",
    });
  });

  it("sees the open campaign with nothing answered yet", async () => {
    const list = await listCampaigns(w.deps, head());
    expect(list.view).toBe("head");
    expect(list.campaigns.find((c) => c.campaignId === campaignId)).toMatchObject({
      status: "none",
      answered: 0,
      total: 4,
      editable: true,
      timeZone: "Europe/Moscow",
    });
    const form = await getForm(w.deps, head(), { campaignId, schoolId: school() });
    expect(form.items.map((i) => i.indicator.code)).toEqual(FORM);
    expect(form).toMatchObject({ status: "none", editable: true, canEdit: true, firstUnanswered: 0, answered: 0, total: 4 });
  });

  it("gets typing mistakes back as 'invalid', and saves corrected answers", async () => {
    const base = { campaignId, schoolId: school() };
    expect(await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.ACT_MENTORING!, raw: "наверное" })).toEqual({
      status: "invalid",
      error: { code: "yes-no-expected", params: {} },
    });
    expect(await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.ACT_MENTORING!, raw: "Да" })).toMatchObject({
      status: "saved",
      value: { kind: "BOOLEAN", flag: true },
      formatted: "да",
    });
    expect(
      await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.DEFICIT_DIAGNOSTICS_SHARE!, raw: "50 из 40" }),
    ).toMatchObject({ status: "invalid", error: { code: "numerator-above-denominator", params: { numerator: 50, denominator: 40 } } });
    expect(
      await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.DEFICIT_DIAGNOSTICS_SHARE!, raw: "12 из 40" }),
    ).toMatchObject({ status: "saved", formatted: "12 из 40 (30%)" });
    const form = await getForm(w.deps, head(), base);
    expect(form).toMatchObject({ status: "draft", answered: 2, firstUnanswered: 2 });
  });

  it("an indicator the campaign does not ask is not found", async () => {
    await expect(
      saveAnswer(w.deps, head(), { campaignId, schoolId: school(), indicatorId: w.indicator.ATTESTATION_SHARE!, raw: "1 из 2" }),
    ).rejects.toMatchObject({ code: "not-found" });
  });

  it("may skip for now, but cannot submit with a skipped or missing answer", async () => {
    const base = { campaignId, schoolId: school() };
    expect(await skipAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.PERSONALISED_TRAINING_COUNT! })).toEqual({
      status: "skipped",
    });
    // Skipping an answered indicator keeps its answer.
    expect(await skipAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.ACT_MENTORING! })).toMatchObject({ status: "kept" });
    let form = await getForm(w.deps, head(), base);
    expect(form).toMatchObject({ answered: 2, skipped: 1, firstUnanswered: 3 });
    await expect(submitSubmission(w.deps, head(), base)).rejects.toMatchObject({ code: "campaign-incomplete", params: { missing: 2 } });

    await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.MAIN_DIFFICULTIES_TEXT!, raw: "Нехватка часов на курсы" });
    await expect(submitSubmission(w.deps, head(), base)).rejects.toMatchObject({ code: "campaign-incomplete", params: { missing: 1 } });
    await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.PERSONALISED_TRAINING_COUNT!, raw: "7" });
    form = await getForm(w.deps, head(), base);
    expect(form).toMatchObject({ answered: 4, skipped: 0, firstUnanswered: null });
  });

  it("submits and gets a receipt with every answer", async () => {
    at("2026-11-10T08:30:00Z");
    const receipt = await submitSubmission(w.deps, head(), { campaignId, schoolId: school() });
    expect(receipt).toMatchObject({
      campaignTitle: "Мониторинг 2026-Q4",
      schoolName: "МОУ «Средняя школа № 3»",
      submittedAt: "2026-11-10T08:30:00.000Z",
      resubmitted: false,
    });
    expect(receipt.answers.map((a) => a.formatted)).toEqual(["да", "12 из 40 (30%)", "7", "Нехватка часов на курсы"]);
    const list = await listCampaigns(w.deps, head());
    expect(list.campaigns.find((c) => c.campaignId === campaignId)).toMatchObject({ status: "submitted", answered: 4 });
  });

  it("can still correct an answer after submitting, and the history says so", async () => {
    at("2026-11-12T10:00:00Z");
    const base = { campaignId, schoolId: school() };
    await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.PERSONALISED_TRAINING_COUNT!, raw: "9" });
    // The form stays submitted (with the new value) so the school does not drop out of the results.
    expect((await getForm(w.deps, head(), base)).status).toBe("submitted");
    const history = await getSubmissionHistory(w.deps, w.methodologist, base);
    const training = history.changes.filter((c) => c.indicatorCode === "PERSONALISED_TRAINING_COUNT");
    expect(training.map((c) => [c.oldFormatted, c.newFormatted, c.afterSubmit])).toEqual([
      [null, "7", false],
      ["7", "9", true],
    ]);
    expect(training[1]).toMatchObject({ personName: "Директор СШ № 3", at: "2026-11-12T10:00:00.000Z" });
    // Saving the same value again is no change.
    expect(await saveAnswer(w.deps, head(), { ...base, indicatorId: w.indicator.PERSONALISED_TRAINING_COUNT!, raw: "9" })).toMatchObject({
      status: "saved",
      changed: false,
    });
    expect((await getSubmissionHistory(w.deps, head(), base)).changes).toHaveLength(history.changes.length);
    const again = await submitSubmission(w.deps, head(), base);
    expect(again).toMatchObject({ resubmitted: true, submittedAt: "2026-11-12T10:00:00.000Z" });
  });

  it("staff read the form but cannot change it", async () => {
    const form = await getForm(w.deps, w.official, { campaignId, schoolId: school() });
    expect(form).toMatchObject({ editable: true, canEdit: false, status: "submitted" });
    await expect(
      saveAnswer(w.deps, w.methodologist, { campaignId, schoolId: school(), indicatorId: w.indicator.ACT_MENTORING!, raw: "нет" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("plausibility against the previous period", () => {
  it("asks to confirm a share that jumped since last period, and saves once confirmed", async () => {
    const head = w.heads[3]!;
    const schoolId = w.schools[3]!.id;
    const q2 = await startCampaign(w, { period: "2026-Q2", codes: FORM, opensAt: "2026-04-01T06:00:00Z", deadline: "2026-04-30T15:00:00Z" });
    await answerAndSubmit(w, q2, head, { ACT_MENTORING: "да", DEFICIT_DIAGNOSTICS_SHARE: "2 из 20", PERSONALISED_TRAINING_COUNT: "1", MAIN_DIFFICULTIES_TEXT: "нет" });
    const q3 = await startCampaign(w, { period: "2026-Q3", codes: FORM.slice(0, 3), opensAt: "2026-07-01T06:00:00Z", deadline: "2026-07-31T15:00:00Z" });
    await answerAndSubmit(w, q3, head, { ACT_MENTORING: "нет", DEFICIT_DIAGNOSTICS_SHARE: "5 из 20", PERSONALISED_TRAINING_COUNT: "12" });
    // Neither a draft that was never submitted (August) nor a campaign opened after this one (October 20) counts.
    const august = await startCampaign(w, { period: "2026", codes: FORM, opensAt: "2026-08-03T06:00:00Z", deadline: "2026-08-31T15:00:00Z" });
    await saveAnswer(w.deps, head, { campaignId: august, schoolId, indicatorId: w.indicator.DEFICIT_DIAGNOSTICS_SHARE!, raw: "19 из 20", confirmed: true });
    const q4 = await startCampaign(w, { period: "2026-Q4", title: "Мониторинг Q4", codes: FORM, opensAt: "2026-10-10T06:00:00Z", deadline: "2026-12-20T15:00:00Z" });
    const later = await startCampaign(w, { period: "2026-Q4", title: "Дополнительный", codes: FORM.slice(1, 2), opensAt: "2026-10-20T06:00:00Z", deadline: "2026-10-31T15:00:00Z" });
    await answerAndSubmit(w, later, head, { DEFICIT_DIAGNOSTICS_SHARE: "20 из 20" });
    at("2026-11-05T09:00:00Z");

    const form = await getForm(w.deps, head, { campaignId: q4, schoolId });
    const previous = Object.fromEntries(form.items.map((i) => [i.indicator.code, i.previous && { period: i.previous.period, value: i.previous.value }]));
    expect(previous).toEqual({
      ACT_MENTORING: { period: "2026-Q3", value: { kind: "BOOLEAN", flag: false } },
      DEFICIT_DIAGNOSTICS_SHARE: { period: "2026-Q3", value: { kind: "SHARE", numerator: 5, denominator: 20 } },
      PERSONALISED_TRAINING_COUNT: { period: "2026-Q3", value: { kind: "COUNT", number: 12 } },
      // Q3 did not ask it: the answer from Q2.
      MAIN_DIFFICULTIES_TEXT: { period: "2026-Q2", value: { kind: "TEXT", text: "нет" } },
    });

    const base = { campaignId: q4, schoolId, indicatorId: w.indicator.DEFICIT_DIAGNOSTICS_SHARE! };
    // 25% → 90%: 65 points.
    const asked = await saveAnswer(w.deps, head, { ...base, raw: "18 из 20" });
    expect(asked).toMatchObject({
      status: "needs-confirmation",
      value: { kind: "SHARE", numerator: 18, denominator: 20 },
      previous: { period: "2026-Q3", value: { kind: "SHARE", numerator: 5, denominator: 20 } },
      reason: "share-jump",
    });
    expect((await getForm(w.deps, head, { campaignId: q4, schoolId })).answered).toBe(0);
    if (asked.status !== "needs-confirmation") throw new Error("unreachable");
    expect(await saveAnswer(w.deps, head, { ...base, value: asked.value, confirmed: true })).toMatchObject({ status: "saved" });
    // Typing the confirmed value again on review does not ask again.
    expect(await saveAnswer(w.deps, head, { ...base, raw: "18/20" })).toMatchObject({ status: "saved", changed: false });
    // 12 → 40 training: more than triple and +28.
    expect(
      await saveAnswer(w.deps, head, { ...base, indicatorId: w.indicator.PERSONALISED_TRAINING_COUNT!, raw: "40" }),
    ).toMatchObject({ status: "needs-confirmation", reason: "count-jump" });
    expect(
      await saveAnswer(w.deps, head, { ...base, indicatorId: w.indicator.PERSONALISED_TRAINING_COUNT!, raw: "14" }),
    ).toMatchObject({ status: "saved" });
  });
});

describe("the deadline", () => {
  let campaignId: number;
  beforeAll(async () => {
    campaignId = await startCampaign(w, { period: "2027-Q1", codes: FORM, opensAt: "2027-01-10T06:00:00Z", deadline: "2027-01-31T15:00:00Z" });
    await saveAnswer(w.deps, w.heads[1]!, { campaignId, schoolId: w.schools[1]!.id, indicatorId: w.indicator.ACT_MENTORING!, raw: "да" });
  });

  it("a head cannot open the form before it opens", async () => {
    const later = await startCampaign(w, { period: "2027-Q2", codes: FORM, opensAt: "2027-04-01T06:00:00Z", deadline: "2027-04-30T15:00:00Z" });
    at("2027-03-31T12:00:00Z");
    await expect(getForm(w.deps, w.heads[0]!, { campaignId: later, schoolId: w.schools[0]!.id })).rejects.toMatchObject({
      code: "campaign-not-open",
    });
    await expect(
      saveAnswer(w.deps, w.heads[0]!, { campaignId: later, schoolId: w.schools[0]!.id, indicatorId: w.indicator.ACT_MENTORING!, raw: "да" }),
    ).rejects.toMatchObject({ code: "campaign-not-open" });
    expect((await listCampaigns(w.deps, w.heads[0]!)).campaigns.map((c) => c.campaignId)).not.toContain(later);
    const staff = await listCampaigns(w.deps, w.official);
    expect(staff.view === "staff" && staff.campaigns.find((c) => c.campaignId === later)?.state).toBe("scheduled");
  });

  it("closes the form; reopening lets that one school edit until the given moment", async () => {
    at("2027-01-31T15:00:00Z"); // 18:00 Moscow, the deadline itself
    const save = (i: number) =>
      saveAnswer(w.deps, w.heads[i]!, { campaignId, schoolId: w.schools[i]!.id, indicatorId: w.indicator.ACT_MENTORING!, raw: "нет" });
    await expect(save(1)).rejects.toMatchObject({ code: "campaign-closed" });
    expect((await getForm(w.deps, w.heads[1]!, { campaignId, schoolId: w.schools[1]!.id })).editable).toBe(false);
    expect((await listCampaigns(w.deps, w.heads[1]!)).campaigns.map((c) => c.campaignId)).not.toContain(campaignId);
    expect(
      (await listCampaigns(w.deps, w.heads[1]!, { includeClosed: true })).campaigns.find((c) => c.campaignId === campaignId),
    ).toMatchObject({ editable: false, status: "draft", answered: 1 });

    await expect(
      reopenSubmission(w.deps, w.official, { campaignId, schoolId: w.schools[1]!.id, until: "2027-02-03T15:00:00Z" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      reopenSubmission(w.deps, w.heads[1]!, { campaignId, schoolId: w.schools[1]!.id, until: "2027-02-03T15:00:00Z" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const reopened = await reopenSubmission(w.deps, w.methodologist, {
      campaignId,
      schoolId: w.schools[1]!.id,
      until: "2027-02-03T15:00:00Z",
    });
    expect(reopened).toMatchObject({ reopenedUntil: "2027-02-03T15:00:00.000Z", schoolName: "МОУ «Средняя школа № 2»" });
    expect(await db.prisma.auditLog.count({ where: { action: "campaign.reopen-school" } })).toBe(1);

    expect(await save(1)).toMatchObject({ status: "saved" });
    await expect(save(0)).rejects.toMatchObject({ code: "campaign-closed" });
    at("2027-02-03T15:00:00Z");
    await expect(save(1)).rejects.toMatchObject({ code: "campaign-closed" });
  });
});

describe("access", () => {
  let campaignId: number;
  beforeAll(async () => {
    campaignId = await startCampaign(w, { period: "2027", codes: FORM, opensAt: "2027-05-10T06:00:00Z", deadline: "2027-05-31T15:00:00Z" });
  });

  it("a head passing another school's id is forbidden", async () => {
    const head = w.heads[0]!;
    const other = { campaignId, schoolId: w.schools[1]!.id };
    await expect(getForm(w.deps, head, other)).rejects.toMatchObject({ code: "forbidden" });
    await expect(saveAnswer(w.deps, head, { ...other, indicatorId: w.indicator.ACT_MENTORING!, raw: "да" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(skipAnswer(w.deps, head, { ...other, indicatorId: w.indicator.ACT_MENTORING! })).rejects.toMatchObject({ code: "forbidden" });
    await expect(submitSubmission(w.deps, head, other)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getSubmissionHistory(w.deps, head, other)).rejects.toMatchObject({ code: "forbidden" });
    // A school of another municipality too, even though the campaign does not ask it.
    await expect(getForm(w.deps, head, { campaignId, schoolId: w.foreign.schoolId })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("people of another municipality are forbidden everything about the campaign", async () => {
    const mine = { campaignId, schoolId: w.schools[0]!.id };
    for (const stranger of [w.foreign.methodologist, w.foreign.head]) {
      await expect(getForm(w.deps, stranger, mine)).rejects.toMatchObject({ code: "forbidden" });
      await expect(getSubmissionHistory(w.deps, stranger, mine)).rejects.toMatchObject({ code: "forbidden" });
      await expect(saveAnswer(w.deps, stranger, { ...mine, indicatorId: w.indicator.ACT_MENTORING!, raw: "да" })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    await expect(
      reopenSubmission(w.deps, w.foreign.methodologist, { ...mine, until: "2027-06-10T00:00:00Z" }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const list = await listCampaigns(w.deps, w.foreign.methodologist);
    expect(list.campaigns).toEqual([]);
  });

  it("an unknown campaign is not found", async () => {
    await expect(getForm(w.deps, w.heads[0]!, { campaignId: 999_999, schoolId: w.schools[0]!.id })).rejects.toMatchObject({
      code: "not-found",
    });
    await expect(getForm(w.deps, w.heads[0]!, { campaignId: -1, schoolId: w.schools[0]!.id })).rejects.toMatchObject({
      code: "invalid-input",
    });
  });
});
