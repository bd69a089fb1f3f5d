// Invite codes travel in a Telegram /start payload (A-Z a-z 0-9 _ -, up to 64) and are sometimes read aloud
// or retyped, so generated codes use upper-case letters and digits without look-alikes (0/O, 1/I/L).
import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // 31 symbols
// 31^14 ≈ 7.6e20 (~69 bits): guessing a live code is hopeless even without rate limits.
export const GENERATED_CODE_LENGTH = 14;

/** Any code the bot will look up: what a /start payload can carry, at least 10 characters. */
export const INVITE_CODE_SHAPE = /^[A-Za-z0-9_-]{10,64}$/;

export function generateInviteCode(): string {
  let code = "";
  // randomInt is uniform (rejection sampling inside), unlike taking random bytes modulo 31.
  for (let i = 0; i < GENERATED_CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** https://t.me/<bot>?start=<code>; "@roadmap_bot" and "roadmap_bot" both work. */
export function inviteDeepLink(botUsername: string, code: string): string {
  return `https://t.me/${botUsername.trim().replace(/^@/, "")}?start=${code}`;
}

export const inviteStartCommand = (code: string): string => `/start ${code}`;
