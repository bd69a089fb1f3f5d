// One grapheme-safe shortening for the bot and the domain.
export { truncate, truncateBytes } from "../../domain/text/truncate.js";
