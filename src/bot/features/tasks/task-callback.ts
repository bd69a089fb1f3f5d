// Callback data of the tasks feature: "task:<action>[:<id>…]". Ids are checked again by the domain, so a forged
// id at most gets "not yours"; a malformed one gets "button outdated".
import { callbackCodec } from "../../keyboards/callback-data.js";

const codec = callbackCodec("task", {
  my: 0, // «Мои поручения»
  assignment: 1, // an assignment's card
  close: 1, // close with evidence (conversation)
  accept: 1, // accept
  return: 1, // return with a reason (conversation)
  file: 1, // the evidence file
  list: 1, // staff overview, a page
  task: 2, // a task's card for staff, a page
  meeting: 0, // record a meeting (conversation)
});

export type TaskAction = Parameters<typeof codec.encode>[0];
export const taskCallback = codec.encode;
export const decodeTaskCallback = codec.decode;
