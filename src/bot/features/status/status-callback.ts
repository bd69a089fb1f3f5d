// Callback data of /status: "status:<action>[:<id>…]". Ids are checked again by the domain (municipality,
// school), so a forged one gets "not yours"; a malformed one gets "button outdated".
import { callbackCodec } from "../../keyboards/callback-data.js";

const codec = callbackCodec("status", {
  home: 0, // the whole picture again (from the digest)
  page: 1, // the picture, a page of the schools that owe
  campaign: 2, // a campaign's missing schools: id, page
  task: 2, // a task's overdue assignees: id, page
  school: 1, // one school
  xlsx: 0, // the Excel export
  digest: 1, // 0: turn the weekly digest off, 1: on
});

export type StatusAction = Parameters<typeof codec.encode>[0];
export const statusCallback = codec.encode;
export const decodeStatusCallback = codec.decode;
