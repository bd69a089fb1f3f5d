// Every feature of the bot, in the order their handlers run. A new feature: a folder
// src/bot/features/<name>/ whose index.ts exports its BotFeature, plus one line here.
import { announcementsFeature } from "./announcements/index.js";
import { campaignsFeature } from "./campaigns/index.js";
import { chatMemberFeature } from "./chat-member.js";
import { comingSoonFeature } from "./coming-soon.js";
import { coursesFeature } from "./courses/index.js";
import type { BotFeature } from "./feature.js";
import { helpFeature } from "./help.js";
import { languageFeature } from "./language.js";
import { mainMenuFeature } from "./main-menu/index.js";
import { plansFeature } from "./plans/index.js";
import { startFeature } from "./start.js";
import { statusFeature } from "./status/index.js";
import { tasksFeature } from "./tasks/index.js";

export const FEATURES: readonly BotFeature[] = [
  chatMemberFeature,
  startFeature,
  helpFeature,
  mainMenuFeature,
  languageFeature,
  campaignsFeature,
  statusFeature,
  tasksFeature,
  plansFeature,
  coursesFeature,
  announcementsFeature,
  comingSoonFeature,
];
