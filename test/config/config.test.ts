// parseConfig: what `npm start` accepts. A wrong value stops the start with a message naming the variable,
// and never repeats a secret.
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const SECRET = "webhook_secret-0123456789";
const base = { BOT_TOKEN: TOKEN };
const webhook = { ...base, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.ru/tg", WEBHOOK_SECRET: SECRET };

/** The ConfigError parseConfig throws for this environment. */
function failure(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`parseConfig accepted ${JSON.stringify(env)}`);
}

describe("defaults", () => {
  it("only BOT_TOKEN: polling, the Telegram API root, PGlite in ./data/pglite, Moscow time, info logs, jobs on", () => {
    expect(parseConfig(base)).toEqual({
      mode: "polling",
      botToken: TOKEN,
      botApiRoot: "https://api.telegram.org",
      databaseUrl: undefined,
      dataDir: "./data/pglite",
      defaultTimeZone: "Europe/Moscow",
      logLevel: "info",
      jobs: true,
    });
  });

  it("empty values mean «not set» (as a .env line «DATABASE_URL=» does)", () => {
    expect(parseConfig({ ...base, DATABASE_URL: "", BOT_API_ROOT: "", BOT_MODE: "", LOG_LEVEL: "" })).toMatchObject({
      mode: "polling",
      databaseUrl: undefined,
      botApiRoot: "https://api.telegram.org",
      logLevel: "info",
    });
  });

  it("every variable set: PostgreSQL, a local Bot API root (trailing slash dropped), jobs off", () => {
    expect(
      parseConfig({
        ...base,
        BOT_API_ROOT: "http://127.0.0.1:8081/",
        DATABASE_URL: "postgresql://bot:pw@db:5432/roadmap",
        DATA_DIR: "/var/lib/roadmap",
        DEFAULT_TIME_ZONE: "Asia/Vladivostok",
        LOG_LEVEL: "warn",
        JOBS: "off",
      }),
    ).toEqual({
      mode: "polling",
      botToken: TOKEN,
      botApiRoot: "http://127.0.0.1:8081",
      databaseUrl: "postgresql://bot:pw@db:5432/roadmap",
      dataDir: "/var/lib/roadmap",
      defaultTimeZone: "Asia/Vladivostok",
      logLevel: "warn",
      jobs: false,
    });
    expect(parseConfig({ ...base, DATABASE_URL: "postgres://localhost/roadmap" }).databaseUrl).toBe("postgres://localhost/roadmap");
  });

  it("unrelated environment variables are ignored", () => {
    expect(parseConfig({ ...base, PATH: "/usr/bin", HOME: "/root", PORT: "99999" }).mode).toBe("polling");
  });
});

describe("webhook mode", () => {
  it("needs WEBHOOK_URL and WEBHOOK_SECRET; PORT defaults to 8080 on 0.0.0.0", () => {
    expect(parseConfig(webhook)).toMatchObject({
      mode: "webhook",
      webhookUrl: "https://bot.example.ru/tg",
      webhookSecret: SECRET,
      webhookHost: "0.0.0.0",
      port: 8080,
    });
    expect(parseConfig({ ...webhook, PORT: "3000", WEBHOOK_HOST: "127.0.0.1" })).toMatchObject({ port: 3000, webhookHost: "127.0.0.1" });
  });

  it("without WEBHOOK_URL", () => {
    const error = failure({ ...webhook, WEBHOOK_URL: undefined });
    expect(error.message).toContain("WEBHOOK_URL");
    expect(error.problems).toHaveLength(1);
  });

  it("without WEBHOOK_SECRET", () => {
    const error = failure({ ...webhook, WEBHOOK_SECRET: undefined });
    expect(error.message).toContain("WEBHOOK_SECRET");
    expect(error.problems).toHaveLength(1);
  });

  it("without both: both are named", () => {
    const error = failure({ ...base, BOT_MODE: "webhook" });
    expect(error.problems.map((p) => p.split(":")[0]).sort()).toEqual(["WEBHOOK_SECRET", "WEBHOOK_URL"]);
  });

  it("a secret too short or with characters Telegram refuses: named, never echoed", () => {
    for (const secret of ["short", "has spaces in the secret value", "ключ-на-русском-языке-123"]) {
      const error = failure({ ...webhook, WEBHOOK_SECRET: secret });
      expect(error.message).toContain("WEBHOOK_SECRET");
      expect(error.message).not.toContain(secret);
    }
  });
});

describe("each bad value stops the start with a ConfigError naming the variable", () => {
  it.each([
    ["BOT_TOKEN", { ...base, BOT_TOKEN: "abc" }],
    ["BOT_TOKEN", {}],
    ["BOT_API_ROOT", { ...base, BOT_API_ROOT: "not a url" }],
    ["DATABASE_URL", { ...base, DATABASE_URL: "mysql://root:hunter2@db/roadmap" }],
    ["DEFAULT_TIME_ZONE", { ...base, DEFAULT_TIME_ZONE: "Europe/Moskva" }],
    ["LOG_LEVEL", { ...base, LOG_LEVEL: "loud" }],
    ["BOT_MODE", { ...base, BOT_MODE: "push" }],
    ["JOBS", { ...base, JOBS: "sometimes" }],
    ["PORT", { ...webhook, PORT: "99999" }],
    ["PORT", { ...webhook, PORT: "eighty" }],
    ["WEBHOOK_URL", { ...webhook, WEBHOOK_URL: "bot.example.ru/tg" }],
  ])("%s", (name, env) => {
    const error = failure(env as Record<string, string>);
    expect(error.name).toBe("ConfigError");
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.startsWith(`${name}: `)).toBe(true);
    expect(error.message).toContain(name);
  });

  it("a value that is not secret is quoted back, so the typo is visible", () => {
    expect(failure({ ...base, DEFAULT_TIME_ZONE: "Europe/Moskva" }).message).toContain('"Europe/Moskva"');
    expect(failure({ ...base, LOG_LEVEL: "loud" }).message).toContain('"loud"');
  });

  it("several problems at once are all listed, one line each", () => {
    const error = failure({ BOT_TOKEN: "abc", LOG_LEVEL: "loud", DEFAULT_TIME_ZONE: "Mars/Olympus" });
    expect(error.problems.map((p) => p.split(":")[0]).sort()).toEqual(["BOT_TOKEN", "DEFAULT_TIME_ZONE", "LOG_LEVEL"]);
    expect(error.message.split("\n")).toHaveLength(4);
  });
});

describe("secrets are not echoed", () => {
  it("a malformed token: named, its value absent from the message", () => {
    const token = "12345:short-secret-token";
    const error = failure({ ...base, BOT_TOKEN: token });
    expect(error.message).toContain("BOT_TOKEN");
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain("short-secret");
  });

  it("a DATABASE_URL with a password: named, neither the URL nor the password in the message", () => {
    const error = failure({ ...base, DATABASE_URL: "mysql://admin:Sup3rS3cretPw@db.internal:3306/roadmap" });
    expect(error.message).toContain("DATABASE_URL");
    expect(error.message).not.toContain("Sup3rS3cretPw");
    expect(error.message).not.toContain("db.internal");
  });

  it("a valid token and secret never appear when something else is wrong", () => {
    const error = failure({ ...webhook, LOG_LEVEL: "loud", PORT: "0" });
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain(TOKEN.split(":")[1]);
    expect(error.message).not.toContain(SECRET);
  });
});
