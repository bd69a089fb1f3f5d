// The admin CLI without the process around it: tests call runCli in-process with a test database.
// Messages are in English on purpose: this is a tool for whoever installs the bot, not for its users.
import { stripControl } from "../domain/text/clean-text.js";
import { parseArgs } from "node:util";
import { ConfigError } from "../config.js";
import type { DomainDeps } from "../domain/deps.js";
import { DomainError } from "../domain/errors.js";
import { isInputReason } from "../domain/input-error.js";
import { createI18n, translator, type Translate } from "../bot/i18n.js";
import { CliUsageError, type CliCommand, type CliContext, type CliIo } from "./command.js";
import { calendarCommands } from "./commands/calendar.js";
import { indicatorCommands } from "./commands/indicators.js";
import { inviteCommands } from "./commands/invite.js";
import { municipalityCommands } from "./commands/municipality.js";
import { peopleCommands } from "./commands/people.js";
import { planCommands } from "./commands/plans.js";
import { schoolsCommands } from "./commands/schools.js";

const COMMANDS: CliCommand[] = [...municipalityCommands, ...schoolsCommands, ...inviteCommands, ...peopleCommands, ...indicatorCommands, ...calendarCommands, ...planCommands];
const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));
const PROGRAM = "npm run admin --";

export interface RunCliOptions extends CliIo {
  /** The domain, or how to open it (the real CLI opens the database only for commands that need it). */
  deps: DomainDeps | (() => Promise<DomainDeps>);
}

/** Runs one command; returns the process exit code. Expected failures print one line, never a stack. */
export async function runCli(argv: string[], options: RunCliOptions): Promise<number> {
  const { out, err } = options;
  let opened: Promise<DomainDeps> | undefined;
  const ctx: CliContext = {
    out,
    err,
    deps: () => (opened ??= typeof options.deps === "function" ? options.deps() : Promise.resolve(options.deps)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    return printHelp(rest[0], ctx);
  }
  // NUL and other control characters (a pasted binary, a stray escape) would be stored or break exports.
  const garbled = rest.findIndex((arg) => stripControl(arg) !== arg.replace(/\r\n?/g, "\n"));
  if (garbled !== -1) {
    err(`error: argument ${garbled + 1} after "${name}" contains control characters (such as NUL); retype it`);
    return 1;
  }
  const command = BY_NAME.get(name);
  if (!command) {
    err(`error: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(", ")}, help`);
    return 1;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return printHelp(command.name, ctx);
    return (await command.run(ctx, values)) ?? 0;
  } catch (error) {
    const line = describeExpected(error, command);
    if (line === undefined) throw error;
    err(`error: ${line}`);
    return 1;
  }
}

function printHelp(topic: string | undefined, { out, err }: CliContext): number {
  if (topic !== undefined) {
    const command = BY_NAME.get(topic);
    if (!command) {
      err(`error: unknown command "${topic}"`);
      return 1;
    }
    out(`${PROGRAM} ${command.name} ${command.usage}`.trimEnd());
    out(`  ${command.summary}`);
    return 0;
  }
  out(`Usage: ${PROGRAM} <command> [options]`);
  out("");
  for (const command of COMMANDS) {
    out(`  ${command.name} ${command.usage}`.trimEnd());
    out(`      ${command.summary}`);
  }
  out("  help [command]");
  out("");
  out("The database is DATABASE_URL (PostgreSQL) or the PGlite folder DATA_DIR (default ./data/pglite).");
  return 0;
}

/** One line for a failure the admin can fix; undefined for a bug (rethrown with its stack). */
function describeExpected(error: unknown, command: CliCommand): string | undefined {
  if (error instanceof CliUsageError) return error.message;
  if (error instanceof ConfigError) return error.problems.join("; ");
  if (error instanceof DomainError) return describeDomainError(error, command);
  // node:util parseArgs: unknown option, missing value, …
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    return `${error.message.split("\n")[0]} (see: ${PROGRAM} help ${command.name})`;
  }
  return undefined;
}

function describeDomainError(error: DomainError, command: CliCommand): string {
  const { field, entity, ref, problem, reason } = error.params;
  const key = error.code.startsWith("invite-") ? "code" : (String(field ?? entity ?? "").split(".")[0] ?? "");
  const option = command.fields?.[key];
  const prefix = option ? `${option}: ` : "";
  switch (error.code) {
    case "invalid-input":
      return `${prefix}${describeReason(String(reason ?? "invalid"), error.params)}`;
    case "conflict":
      return `${prefix}${problem ?? error.code}`;
    case "not-found":
      return `${prefix}no ${entity ?? "such record"} "${ref ?? ""}"${entity === "municipality" ? ` (see: ${PROGRAM} municipality:list)` : entity === "school" ? ` (see: ${PROGRAM} schools:list)` : ""}`;
    case "invite-unknown":
      return `${prefix}no invite with this code`;
    case "invite-used":
      return `${prefix}the invite has already been used (revoke the person instead: people:revoke)`;
    case "invite-expired":
      return `${prefix}the invite has expired`;
    case "invite-revoked":
      return `${prefix}the invite was revoked`;
    case "forbidden":
      return "not allowed";
    default:
      return `${prefix}${error.code}${problem ? `: ${problem}` : ""}`;
  }
}

let english: Translate | undefined;

/** The reason in English, from the same texts the bot uses; a reason without a text is printed as it is. */
function describeReason(reason: string, params: Record<string, string | number>): string {
  if (!isInputReason(reason)) return reason;
  english ??= translator(createI18n(() => "en"), "en");
  return english(`input-reason-${reason}`, params);
}
