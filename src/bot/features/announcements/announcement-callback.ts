// Callback data of the announcements feature: "announcement:<action>[:<id>…]". Ids are checked again by the domain, so
// a forged id at most gets "not yours"; a malformed one gets "button outdated".
import { encodeCallback } from "../../keyboards/callback-data.js";

export const ANN = "announcement";

const ARITY = {
  ack: 1, // «Ознакомлен»
  show: 1, // read it again (with attachments)
  inbox: 1, // a recipient's history, a page
  sent: 1, // a sender's history, a page
  new: 0, // compose (conversation)
  card: 2, // the sender's card, a page of the schools not acknowledged
  remind: 1, // remind the rest now
  xlsx: 1, // who acknowledged when
  edit: 1, // correct (conversation)
  "recall-ask": 1, // ask to confirm the recall
  recall: 1, // recall
} as const;

export type AnnAction = keyof typeof ARITY;

export const annCallback = (action: AnnAction, ...ids: number[]): string => encodeCallback(ANN, action, ...ids);

export function decodeAnnCallback(data: string): { action: AnnAction; ids: number[] } | undefined {
  const [feature, action, ...rest] = data.split(":");
  if (feature !== ANN || action === undefined || !Object.hasOwn(ARITY, action)) return undefined;
  if (rest.length !== ARITY[action as AnnAction] || !rest.every((p) => /^\d{1,9}$/.test(p))) return undefined;
  return { action: action as AnnAction, ids: rest.map(Number) };
}
