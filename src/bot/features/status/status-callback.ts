// Callback data of /status: "status:<action>[:<id>…]". Ids are checked again by the domain (municipality,
// school), so a forged one gets "not yours"; a malformed one gets "button outdated".
import { encodeCallback } from "../../keyboards/callback-data.js";

export const STATUS = "status";

const ARITY = {
  home: 0, // the whole picture again (from the digest)
  p: 1, // the picture, a page of the schools that owe
  c: 2, // a campaign's missing schools: id, page
  t: 2, // a task's overdue assignees: id, page
  s: 1, // one school
  x: 0, // the Excel export
  digest: 1, // 0: turn the weekly digest off, 1: on
} as const;

export type StatusAction = keyof typeof ARITY;

export const statusCallback = (action: StatusAction, ...ids: number[]): string => encodeCallback(STATUS, action, ...ids);

export function decodeStatusCallback(data: string): { action: StatusAction; ids: number[] } | undefined {
  const [feature, action, ...rest] = data.split(":");
  if (feature !== STATUS || action === undefined || !Object.hasOwn(ARITY, action)) return undefined;
  if (rest.length !== ARITY[action as StatusAction] || !rest.every((p) => /^\d{1,9}$/.test(p))) return undefined;
  return { action: action as StatusAction, ids: rest.map(Number) };
}
