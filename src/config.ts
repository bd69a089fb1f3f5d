// Configuration, parsed once from the environment (and `.env` when present). The only module that reads
// process.env; a wrong value stops the start with a message naming the variable.
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: "not an IANA time zone (e.g. Europe/Moscow)" },
);

const common = {
  BOT_TOKEN: z.string().regex(/^\d+:[\w-]{20,}$/, "must look like 123456:ABC… (from @BotFather)"),
  BOT_API_ROOT: z.url().default("https://api.telegram.org").transform((url) => url.replace(/\/+$/, "")),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data/pglite"),
  DEFAULT_TIME_ZONE: timeZone.default("Europe/Moscow"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  JOBS: z.enum(["on", "off"]).default("on"),
};

const envSchema = z.discriminatedUnion("BOT_MODE", [
  z.object({ ...common, BOT_MODE: z.literal("polling") }),
  z.object({
    ...common,
    BOT_MODE: z.literal("webhook"),
    WEBHOOK_URL: z.url(),
    WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 characters of A-Z a-z 0-9 _ -"),
    WEBHOOK_HOST: z.string().default("0.0.0.0"),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  }),
]);

export type Config = {
  botToken: string;
  botApiRoot: string;
  databaseUrl: string | undefined;
  dataDir: string;
  defaultTimeZone: string;
  logLevel: z.infer<typeof common.LOG_LEVEL>;
  jobs: boolean;
} & (
  | { mode: "polling" }
  | { mode: "webhook"; webhookUrl: string; webhookSecret: string; webhookHost: string; port: number }
);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

export function parseConfig(env: Env): Config {
  const withMode = { ...env, BOT_MODE: env.BOT_MODE || "polling" };
  // Empty values in .env files mean "not set", not "set to empty".
  const cleaned = Object.fromEntries(Object.entries(withMode).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".") || "BOT_MODE";
        const value = typeof cleaned[name] === "string" && !/TOKEN|SECRET|DATABASE_URL/.test(name) ? ` (got "${cleaned[name]}")` : "";
        return `${name}: ${issue.message}${value}`;
      }),
    );
  }
  const e = parsed.data;
  const base = {
    botToken: e.BOT_TOKEN,
    botApiRoot: e.BOT_API_ROOT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    defaultTimeZone: e.DEFAULT_TIME_ZONE,
    logLevel: e.LOG_LEVEL,
    jobs: e.JOBS === "on",
  };
  return e.BOT_MODE === "webhook"
    ? { ...base, mode: "webhook", webhookUrl: e.WEBHOOK_URL, webhookSecret: e.WEBHOOK_SECRET, webhookHost: e.WEBHOOK_HOST, port: e.PORT }
    : { ...base, mode: "polling" };
}

/** Reads KEY=VALUE lines; real environment variables win over the file. */
export function readDotEnv(file = ".env"): Env {
  if (!existsSync(file)) return {};
  const entries: [string, string][] = [];
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    entries.push([match[1], (match[2] ?? "").replace(/^(['"])(.*)\1$/, "$2")]);
  }
  return Object.fromEntries(entries);
}

export function loadConfig(): Config {
  return parseConfig({ ...readDotEnv(), ...process.env });
}

/** Only what the database tools need, so `npm run db:migrate` works without a bot token. */
export function loadDatabaseConfig(): { databaseUrl: string | undefined; dataDir: string } {
  const env = { ...readDotEnv(), ...process.env };
  const parsed = z.object({ DATABASE_URL: common.DATABASE_URL, DATA_DIR: common.DATA_DIR }).safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
  });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  return { databaseUrl: parsed.data.DATABASE_URL, dataDir: parsed.data.DATA_DIR };
}
