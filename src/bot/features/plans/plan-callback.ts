// Callback data of the roadmap feature: "plan:<action>:<id>". Ids are checked again by the domain.
import { callbackCodec } from "../../keyboards/callback-data.js";

const codec = callbackCodec("plan", {
  show: 1, // a plan: sections → items → state
  item: 1, // an item's card, by school
  xlsx: 1, // the plan as XLSX in the document's columns
});

export const planCallback = codec.encode;
export const decodePlanCallback = codec.decode;
