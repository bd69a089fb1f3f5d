// Kept for the use cases that import it from here: the one parser is src/domain/input-error.ts.
export { parseInput } from "../input-error.js";
