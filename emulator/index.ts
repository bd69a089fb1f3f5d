/** The local Telegram Bot API emulator: see bot-api-server.ts. */
export { startBotApiServer, type BotApiServer, type BotApiServerOptions } from "./bot-api-server.js";
export type { ApiCall, ApiResponse, DropMoment } from "./bot-api.js";
export type { FloodLimits, FloodStats } from "./flood-control.js";
export type { ApiErrorBody } from "./api-error.js";
export type { CallbackAnswer } from "./callback-queries.js";
export type { EmulatorEvent, EventListener } from "./events.js";
export type { ChatMessageView, FileView } from "./message-view.js";
export type { ButtonMatcher, NumberedButton } from "./inline-buttons.js";
export { SimulatedUser, type Handled, type PressResult } from "./simulated-user.js";
export { createTranscript, formatEvent, type Transcript, type TranscriptOptions } from "./transcript.js";
export { displayName, type UserProfile } from "./user-profile.js";
