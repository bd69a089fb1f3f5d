// Conversation state (and anything else the bot keeps between updates) in the BotState table, so a restart
// in the middle of a form loses nothing. Same shape as @grammyjs/storage-prisma: { key, value: JSON text }.
// Infrastructure, like the database it wraps: the composition root hands it to the bot.
import type { PrismaClient } from "../generated/prisma/client.js";

export interface KeyValueStorage<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function prismaStateStorage<T>(db: PrismaClient, prefix: string): KeyValueStorage<T> {
  return {
    async read(key) {
      const row = await db.botState.findUnique({ where: { key: prefix + key } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const text = JSON.stringify(value);
      await db.botState.upsert({ where: { key: prefix + key }, create: { key: prefix + key, value: text }, update: { value: text } });
    },
    async delete(key) {
      await db.botState.deleteMany({ where: { key: prefix + key } });
    },
  };
}
