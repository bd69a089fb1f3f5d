// One school's picture: its open campaign forms and its open tasks, overdue first. A head gets their own
// school; staff any school of their municipality (a forged id for another school is refused here).
import { z } from "zod";
import { requireSchoolAccess, type Actor } from "../actor.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { parseInput } from "../people/parse-input.js";
import { CLOSED_CAMPAIGN_GRACE_MS } from "./status-scope.js";

const input = z.object({ schoolId: z.number().int().positive() });

export interface SchoolStatus {
  schoolId: number;
  name: string;
  shortName: string;
  timeZone: string;
  at: string;
  campaigns: Array<{ campaignId: number; title: string; deadline: string; state: "submitted" | "draft" | "none"; overdue: boolean }>;
  tasks: Array<{ assignmentId: number; taskId: number; title: string; dueAt: string | null; overdue: boolean; returned: boolean; done: boolean }>;
  /** open tasks beyond those listed */
  moreTasks: number;
}

export const SCHOOL_STATUS_MAX_TASKS = 25;

export async function getSchoolStatus(deps: DomainDeps, actor: Actor, raw: z.input<typeof input>): Promise<SchoolStatus> {
  const { schoolId } = parseInput(input, raw);
  const school = await deps.db.school.findUnique({ where: { id: schoolId }, include: { municipality: { select: { timeZone: true } } } });
  if (!school) throw new DomainError("not-found");
  requireSchoolAccess(actor, school);
  const now = deps.now();
  const [links, assignments, openCount] = await Promise.all([
    deps.db.campaignSchool.findMany({
      where: { schoolId, campaign: { opensAt: { lte: now }, deadline: { gte: new Date(now.getTime() - CLOSED_CAMPAIGN_GRACE_MS) } } },
      select: { campaign: { select: { id: true, title: true, deadline: true, submissions: { where: { schoolId }, select: { status: true } } } } },
      orderBy: { campaign: { deadline: "asc" } },
    }),
    deps.db.taskAssignment.findMany({
      where: { schoolId, status: { in: ["OPEN", "DONE"] } },
      select: { id: true, taskId: true, dueAt: true, status: true, returnedAt: true, task: { select: { title: true } } },
      orderBy: [{ status: "desc" }, { dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: SCHOOL_STATUS_MAX_TASKS,
    }),
    deps.db.taskAssignment.count({ where: { schoolId, status: { in: ["OPEN", "DONE"] } } }),
  ]);
  return {
    schoolId,
    name: school.name,
    shortName: school.shortName,
    timeZone: school.municipality.timeZone,
    at: now.toISOString(),
    campaigns: links.map(({ campaign }) => {
      const status = campaign.submissions[0]?.status;
      const state = status === "SUBMITTED" ? "submitted" : status === "DRAFT" ? "draft" : "none";
      return { campaignId: campaign.id, title: campaign.title, deadline: campaign.deadline.toISOString(), state, overdue: state !== "submitted" && campaign.deadline < now };
    }),
    tasks: assignments.map((a) => ({
      assignmentId: a.id,
      taskId: a.taskId,
      title: a.task.title,
      dueAt: a.dueAt?.toISOString() ?? null,
      overdue: a.status === "OPEN" && a.dueAt !== null && a.dueAt < now,
      returned: a.status === "OPEN" && a.returnedAt !== null,
      done: a.status === "DONE",
    })),
    moreTasks: Math.max(0, openCount - assignments.length),
  };
}
