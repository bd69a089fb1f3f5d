// Set-up for the task tests, not the behaviour under test: the official records a meeting through the domain.
import { recordMeeting } from "../../src/domain/tasks/record-meeting.js";
import type { CampaignScenario, SchoolName } from "./campaign-scenario.js";

export interface ScenarioDecision {
  text: string;
  /** YYYY-MM-DD, or "standing" */
  due: string;
  schools: SchoolName[] | "all";
}

/** Returns the task ids in the order given. */
export async function recordMeetingThroughDomain(s: CampaignScenario, decisions: ScenarioDecision[]): Promise<number[]> {
  const recorded = await recordMeeting(s.stack.domain, await s.actor("official"), {
    number: "15",
    heldOn: "2026-11-20",
    title: "Совещание с руководителями ОО",
    decisions: decisions.map((d, i) => ({
      number: i + 1,
      text: d.text,
      dueOn: d.due === "standing" ? null : d.due,
      standing: d.due === "standing",
      responsibleText: d.schools === "all" ? "руководители ОО" : d.schools.join(", "),
      assignees: {
        allSchools: d.schools === "all",
        schoolIds: d.schools === "all" ? [] : d.schools.map((name) => s.schoolId(name)),
        personIds: [],
      },
    })),
  });
  return recorded.taskIds;
}

/** The assignment of a task to a school. */
export async function assignmentOf(s: CampaignScenario, taskId: number, school: SchoolName): Promise<number> {
  const row = await s.stack.db.prisma.taskAssignment.findFirstOrThrow({ where: { taskId, schoolId: s.schoolId(school) } });
  return row.id;
}
