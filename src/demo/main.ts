// npm run demo: the scripted scenario on a fresh in-memory database, printed as a transcript. Exits 0 when every
// step went as scripted, 1 with the failing step named otherwise.
import { runDemo } from "./scenes/index.js";

try {
  await runDemo({ out: (line) => console.log(line), err: (line) => console.error(line) });
  process.exitCode = 0;
} catch (error) {
  console.error("");
  console.error(`✖ Демо остановилось (the demo failed): ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.name !== "DemoStepError" && error.stack) console.error(error.stack);
  process.exitCode = 1;
}
