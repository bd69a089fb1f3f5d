import type { User } from "grammy/types";

/** Who a simulated user is: the fields of a Telegram `User` a test cares about. */
export interface UserProfile {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
  is_premium?: true;
}

export function toTelegramUser(profile: UserProfile): User {
  return { ...profile, is_bot: false };
}

/** "Ирина Петрова", as a Telegram client shows the user. */
export function displayName(profile: Pick<UserProfile, "first_name" | "last_name">): string {
  return [profile.first_name, profile.last_name].filter(Boolean).join(" ");
}
