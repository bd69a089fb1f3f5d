// Storing a roadmap: nothing before the methodologist confirms; then the plan, its items and their tasks for
// the schools and people responsible; a re-import updates instead of duplicating and says what changed;
// recurring items get their next task as the period comes, once.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../src/domain/actor.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { readPlanFile } from "../../../src/domain/plans/document/read-plan-file.js";
import { exportPlan } from "../../../src/domain/plans/export-plan.js";
import { getPlanItemSchools } from "../../../src/domain/plans/get-plan-item-schools.js";
import { getPlanView } from "../../../src/domain/plans/get-plan-view.js";
import { importPlan } from "../../../src/domain/plans/import-plan.js";
import { ensurePlanTasks } from "../../../src/domain/plans/plan-tasks.js";
import { preparePlanImport } from "../../../src/domain/plans/prepare-plan-import.js";
import { buildDocx } from "../../support/build-docx.js";
import { createAccessFixture, type AccessFixture } from "../access/fixture.js";

const seed = (name: string) => new Uint8Array(readFileSync(new URL(`../../../seeds/roadmaps/roadmap-${name}.docx`, import.meta.url)));

let f: AccessFixture;
let methodologist: Actor;
let official: Actor;
let head: Actor;

beforeAll(async () => {
  f = await createAccessFixture();
  methodologist = await f.register({ role: "METHODOLOGIST", displayName: "Абдуллаева Лейла Гасановна" });
  official = await f.register({ role: "OFFICIAL", displayName: "Сергей Орлов" });
  head = await f.register({ role: "HEAD", schoolId: f.schoolA.id, displayName: "Ирина Петрова" });
});
afterAll(async () => f.db.close());

const input = (name: string, bytes: Uint8Array = seed(name)) => ({ municipalityId: f.municipalityId, fileName: `roadmap-${name}.docx`, bytes });

describe("importing a roadmap", () => {
  it("the preview stores nothing and matches the named person to the registered methodologist", async () => {
    const preview = await preparePlanImport(f.deps, methodologist, input("dalnerechensk"));
    expect(preview.items).toHaveLength(9);
    expect(preview.items[0]!.responsible[0]).toMatchObject({ kind: "PERSON", personId: methodologist.personId, personName: "Абдуллаева Лейла Гасановна" });
    expect(preview.problems).toEqual([]);
    expect(preview.changes).toBeNull();
    expect(await f.db.prisma.plan.count()).toBe(0);
  });

  it("a head may not import a plan", async () => {
    await expect(importPlan(f.deps, head, input("dalnerechensk"))).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a file that cannot be read stores nothing", async () => {
    const docx = await buildDocx([{ paragraph: "План на 2024 год" }]);
    await expect(importPlan(f.deps, methodologist, input("empty", docx))).rejects.toMatchObject({ code: "plan-no-table" });
    expect(await f.db.prisma.plan.count()).toBe(0);
  });

  it("stores the plan and gives each item with a deadline a task for its schools and people", async () => {
    const result = await importPlan(f.deps, methodologist, input("dalnerechensk"));
    expect(result).toMatchObject({ updated: false, items: 9, sections: 0, changes: null, tasks: 9 });
    const tasks = await f.db.prisma.task.findMany({ where: { source: "PLAN_ITEM" }, include: { assignments: true }, orderBy: { id: "asc" } });
    const who = (i: number) => tasks[i]!.assignments.map((a) => a.schoolId ?? `person ${a.personId}`).sort();
    // 1: Абдуллаева Л.Г. only; 2–8: Абдуллаева Л.Г. and every school's heads; 9: the department's officials
    expect(who(0)).toEqual([`person ${methodologist.personId}`]);
    expect(who(1)).toEqual([f.schoolA.id, f.schoolB.id, `person ${methodologist.personId}`].sort());
    expect(who(8)).toEqual([`person ${official.personId}`]);
    expect(tasks[0]!.title).toBe("1. Разработка и утверждение «дорожной карты» по развитию муниципальной системы обеспечения профессионального развития педагогических кадров");
    // «март 2022 г.»: due at the end of 31 March in Moscow time
    expect(tasks[0]!.dueAt?.toISOString()).toBe("2022-03-31T20:59:00.000Z");
    expect(result.assignments).toBe(1 + 7 * 3 + 1);
  });

  it("importing the same document again updates the plan instead of duplicating it", async () => {
    const again = await importPlan(f.deps, methodologist, input("dalnerechensk"));
    expect(again).toMatchObject({ updated: true, items: 9, tasks: 0, changes: { added: [], changed: [], removed: [], unchanged: 9 } });
    expect(await f.db.prisma.plan.count()).toBe(1);
    expect(await f.db.prisma.planItem.count()).toBe(9);
    expect(await f.db.prisma.task.count({ where: { source: "PLAN_ITEM" } })).toBe(9);
  });

  it("an edited document: says what changed, moves the changed deadline, adds and removes items", async () => {
    const header = ["№ п/п", "Мероприятие", "Сроки исполнения", "Ответственные исполнители", "Результат"];
    const docx = await buildDocx([
      { paragraph: "План мероприятий («дорожная карта») по развитию муниципальной системы обеспечения профессионального развития педагогических кадров в ОО Дальнереченского городского округа на 2022-2025 годы" },
      {
        table: [
          header,
          ["1", "Разработка и утверждение «дорожной карты» по развитию муниципальной системы обеспечения профессионального развития педагогических кадров", "апрель 2022 г.", "Абдуллаева Л.Г.", "Приказ, дорожная карта"],
          ["10", "Итоговая конференция", "декабрь 2025", "МОУО", "Резолюция"],
        ],
      },
    ]);
    const preview = await preparePlanImport(f.deps, methodologist, input("dalnerechensk", docx));
    expect(preview.changes).toMatchObject({
      added: [{ number: "10", text: "Итоговая конференция" }],
      changed: [{ number: "1", fields: ["schedule"] }],
      unchanged: 0,
    });
    expect(preview.changes!.removed.map((r) => r.number)).toEqual(["2", "3", "4", "5", "6", "7", "8", "9"]);
    const result = await importPlan(f.deps, methodologist, input("dalnerechensk", docx));
    expect(result).toMatchObject({ updated: true, tasks: 1 });
    expect(await f.db.prisma.planItem.count({ where: { removedAt: null } })).toBe(2);
    const first = await f.db.prisma.task.findFirstOrThrow({ where: { title: { startsWith: "1. " } }, include: { assignments: true } });
    expect(first.dueAt?.toISOString()).toBe("2022-04-30T20:59:00.000Z");
    expect(first.assignments.every((a) => a.dueAt?.getTime() === first.dueAt?.getTime())).toBe(true);
  });

  it("a recurring item gets its next task when its date has passed, once", async () => {
    f.clock.now = new Date("2023-06-01T09:00:00Z");
    await importPlan(f.deps, systemActor, input("lysva"));
    const yearlyFromSchools = async () =>
      (await f.db.prisma.task.findMany({ where: { title: { startsWith: "3.1. " } }, orderBy: { dueAt: "asc" } })).map((t) => t.dueAt?.toISOString().slice(0, 10));
    expect(await yearlyFromSchools()).toEqual(["2023-11-30"]);
    f.clock.now = new Date("2023-12-01T09:00:00Z");
    await f.db.prisma.$transaction((tx) => ensurePlanTasks(tx, f.clock.now));
    await f.db.prisma.$transaction((tx) => ensurePlanTasks(tx, f.clock.now));
    expect(await yearlyFromSchools()).toEqual(["2023-11-30", "2024-11-30"]);
    // «по плану МО ПК» and «После января 2022 г.» have no deadline: no task, no reminder
    expect(await f.db.prisma.task.count({ where: { title: { startsWith: "2.7. " } } })).toBe(0);
    expect(await f.db.prisma.task.count({ where: { title: { startsWith: "2.2. " } } })).toBe(0);
  });
});

describe("the stored plan", () => {
  it("exports to XLSX in the document's own column layout, and the export reads back to the same items", async () => {
    const plan = await f.db.prisma.plan.findFirstOrThrow({ where: { title: { contains: "Лысьвенском" } } });
    const file = await exportPlan(f.deps, methodologist, { planId: plan.id });
    const again = await readPlanFile(file.content, file.filename);
    const original = await readPlanFile(seed("lysva"), "lysva.docx");
    expect(again.columns).toEqual(original.columns);
    expect(again.title).toBe(original.title);
    expect(again.sections).toEqual(original.sections);
    expect(again.items.map(({ row: _, ...i }) => i)).toEqual(original.items.map(({ row: _, ...i }) => i));
  });

  it("shows a head their own school's state per item, and staff each school's on an item's card", async () => {
    const plan = await f.db.prisma.plan.findFirstOrThrow({ where: { title: { contains: "Лысьвенском" } } });
    const view = await getPlanView(f.deps, head, { planId: plan.id });
    expect(view.sections).toHaveLength(3);
    const report = view.items.find((i) => i.number === "3.1")!;
    expect(report).toMatchObject({ mine: "open", counts: { open: 1, overdue: 0, done: 0 } });
    expect(view.items.find((i) => i.number === "2.7")).toMatchObject({ mine: "none", due: null });
    const card = await getPlanItemSchools(f.deps, methodologist, { itemId: report.id });
    expect(card.assignees).toEqual([
      { name: "СОШ №1", state: "open" },
      { name: "СОШ №2", state: "open" },
    ]);
    await expect(getPlanItemSchools(f.deps, head, { itemId: report.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});
