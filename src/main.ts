// npm start: the bot for real. Configuration from the environment and .env (see .env.example).
import { startApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { guardProcess } from "./process-guard.js";

try {
  const config = loadConfig();
  const app = await startApp(config);
  guardProcess(app.logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "shutting down");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
