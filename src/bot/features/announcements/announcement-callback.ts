// Callback data of the announcements feature: "announcement:<action>[:<id>…]". Ids are checked again by the
// domain, so a forged id at most gets "not yours"; a malformed one gets "button outdated".
import { callbackCodec } from "../../keyboards/callback-data.js";

const codec = callbackCodec("announcement", {
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
});

export type AnnAction = Parameters<typeof codec.encode>[0];
export const annCallback = codec.encode;
export const decodeAnnCallback = codec.decode;
