import { Bot } from "grammy";
import { startBotApiServer, type BotApiServer, type BotApiServerOptions } from "../../emulator/index.js";

export interface PollingHarness {
  server: BotApiServer;
  bot: Bot;
  /** Stops the bot (confirming its last update), then closes the emulator. */
  stop(): Promise<void>;
}

/**
 * An emulator plus a real grammY bot polling it. `configure` registers the
 * handlers before polling starts (grammY forbids adding them afterwards).
 */
export async function startPollingBot(
  configure: (bot: Bot, server: BotApiServer) => void,
  options: BotApiServerOptions = {},
): Promise<PollingHarness> {
  const server = await startBotApiServer(options);
  const bot = new Bot(server.token, { client: { apiRoot: server.apiRoot } });
  configure(bot, server);
  let crash: unknown;
  const running = bot.start().catch((error: unknown) => {
    crash = error;
  });
  return {
    server,
    bot,
    async stop() {
      await bot.stop();
      await running;
      await server.close();
      if (crash) throw crash;
    },
  };
}

export const IRINA = { id: 1001, first_name: "Ирина", last_name: "Петрова", language_code: "ru" } as const;
export const OLEG = { id: 1002, first_name: "Олег", last_name: "Смирнов", username: "oleg_s" } as const;
