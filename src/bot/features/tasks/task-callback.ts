// Callback data of the tasks feature: "task:<action>[:<id>…]". Ids are checked again by the domain, so a forged
// id at most gets "not yours"; a malformed one gets "button outdated".
import { encodeCallback } from "../../keyboards/callback-data.js";

export const TASK = "task";

export type TaskAction =
  | "my" // «Мои поручения»
  | "assignment" // an assignment's card
  | "close" // close with evidence (conversation)
  | "accept" // accept
  | "return" // return with a reason (conversation)
  | "file" // the evidence file
  | "list" // staff overview, a page
  | "task" // a task's card for staff, a page
  | "meeting"; // record a meeting (conversation)

export const taskCallback = (action: TaskAction, ...ids: number[]): string => encodeCallback(TASK, action, ...ids);

/** { action, ids } when the data is well-formed for that action, else undefined. */
export function decodeTaskCallback(data: string): { action: TaskAction; ids: number[] } | undefined {
  const [feature, action, ...rest] = data.split(":");
  const arity: Record<TaskAction, number> = { my: 0, assignment: 1, close: 1, accept: 1, return: 1, file: 1, list: 1, task: 2, meeting: 0 };
  if (feature !== TASK || action === undefined || !(action in arity)) return undefined;
  const expected = arity[action as TaskAction];
  if (rest.length !== expected || !rest.every((p) => /^\d{1,9}$/.test(p))) return undefined;
  return { action: action as TaskAction, ids: rest.map(Number) };
}
