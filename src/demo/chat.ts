// npm run chat -- --as head1: talk to the real bot from a terminal, as one of the demo people, with no Telegram.
// The local Bot API, the bot and the demo municipality start in-process; what you type is sent as a message,
// `#1` presses button 1 of the newest message with buttons, `:as head2` switches person. Works with piped
// input too (printf '/forms\n#1\n' | npm run chat -- --as head1), one line after another.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { migrate } from "../db/migrate.js";
import { openDatabase } from "../db/open-database.js";
import type { Actor } from "../domain/actor.js";
import { createCampaign } from "../domain/campaigns/create-campaign.js";
import { isDomainError } from "../domain/errors.js";
import { listIndicators } from "../domain/indicators/list-indicators.js";
import { findActor } from "../domain/people/find-actor.js";
import { formatLocal, fromLocal, toLocal } from "../domain/time/zoned-time.js";
import type { EmulatorEvent, SimulatedUser } from "../../emulator/index.js";
import { DEMO_PERSONAS, type DemoPersonaKey } from "./demo-data.js";
import { startLocalStack, type LocalStack } from "./local-stack.js";
import { DEMO_START } from "./scenes/index.js";
import { readableLogger } from "./scenes/readable-logger.js";
import { RealDataRefused } from "./demo-database.js";
import { seedDemo, type DemoPersona, type DemoSeed } from "./seed-demo.js";
import { chatViewLines, numberedButtons } from "./transcript-chat.js";

const PERSONA_KEYS = DEMO_PERSONAS.map((p) => p.key);

const ROLE_NAMES: Record<DemoPersona["role"], string> = {
  HEAD: "руководитель ОО",
  METHODOLOGIST: "методист",
  OFFICIAL: "специалист МОУО",
  ADMIN: "администратор",
};

const USAGE = `Usage: npm run chat -- --as <persona> [--data <dir>] [--time <iso>] [--empty]
       npm run chat -- --list

  --as <persona>  who you are: ${PERSONA_KEYS.join(", ")}
  --list          list the personas and exit
  --data <dir>    keep the database in this PGlite folder between runs (default: in memory, gone on exit)
  --time <iso>    the bot's clock at start, e.g. 2026-11-23T09:00:00Z (default ${DEMO_START} = 12:00 МСК)
  --empty         do not create the sample monitoring campaign`;

const HELP = [
  "Как пользоваться (how to use):",
  "  текст             — сообщение боту; «12» или «5 из 20» — тоже обычный текст (ответ в форме)",
  "  #2                — нажать кнопку 2 последнего сообщения с кнопками",
  "  #Итоги            — нажать кнопку, в тексте которой есть «Итоги»",
  `  :as <кто>         — писать от имени другого человека (${PERSONA_KEYS.join(", ")})`,
  "  :who              — кто есть кто",
  "  :time [+2h|+1d|<iso>] — показать или передвинуть часы бота; затем открываются мониторинги, чей срок настал",
  "  :help             — эта подсказка",
  "  /quit или Ctrl-D  — выход",
];

/** The indicators of the sample campaign, by catalogue code: two shares, two counts, a yes/no. */
const SAMPLE_INDICATORS = [
  "DEFICIT_DIAGNOSTICS_SHARE",
  "PERSONALISED_TRAINING_COUNT",
  "MUNICIPAL_EVENTS_SHARE",
  "ACT_MENTORING",
  "MENTORING_PROGRAMMES_COUNT",
];
const SAMPLE_TITLE = "Профессиональное развитие педагогов, IV квартал";

interface Options {
  persona: DemoPersonaKey;
  dataDir: string | undefined;
  startAt: Date;
  sampleCampaign: boolean;
}

const out = (line = "") => process.stdout.write(`${line}\n`);
const fail = (message: string): number => {
  process.stderr.write(`error: ${message}\n`);
  return 1;
};

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        as: { type: "string" },
        list: { type: "boolean" },
        data: { type: "string" },
        time: { type: "string" },
        empty: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values.list) {
    printPersonas();
    return 0;
  }
  if (values.as === undefined) return fail(`choose who you are with --as <persona>: ${PERSONA_KEYS.join(", ")}\n${USAGE}`);
  if (!isPersonaKey(values.as)) return fail(`unknown persona "${values.as}". Valid personas: ${PERSONA_KEYS.join(", ")} (see --list)`);
  const startAt = new Date(values.time ?? DEMO_START);
  if (Number.isNaN(startAt.getTime())) return fail(`--time: "${values.time}" is not a date and time, e.g. 2026-11-23T09:00:00Z`);
  return runSandbox({ persona: values.as, dataDir: values.data, startAt, sampleCampaign: !values.empty });
}

async function runSandbox(options: Options): Promise<number> {
  // The bot's warnings go to stderr, never into the chat.
  const logger = readableLogger((_level, line) => process.stderr.write(`${line}\n`));
  const db = options.dataDir ? await openDatabase({ dataDir: options.dataDir }) : undefined;
  if (db) await migrate(db.sql);
  const stack = await startLocalStack({ startAt: options.startAt, logger, ...(db ? { db } : {}) });
  try {
    const seed = await seedDemo(stack.domain).catch((error: unknown) => (error instanceof RealDataRefused ? error : Promise.reject(error)));
    if (seed instanceof RealDataRefused) return fail(`--data ${options.dataDir ?? ""}: ${seed.message}`);
    const sample = options.sampleCampaign ? await ensureSampleCampaign(stack, seed) : undefined;
    const session = new Session(stack, seed);

    out(`Песочница бота — ${seed.municipality.name}. Локальный Bot API, без Telegram (local sandbox).`);
    const zone = seed.municipality.timeZone;
    const where = options.dataDir ? `папка ${options.dataDir}` : "в памяти — всё исчезнет при выходе (--data <папка>, чтобы сохранить)";
    out(`Часы бота: ${formatLocal(stack.clock.now(), zone)} (${zone}). База: ${where}.`);
    if (sample) out(sample);
    out("Вход по приглашению выполняется за вас: бот получает «/start <код приглашения>».");
    HELP.forEach((line) => out(line));
    await session.switchTo(options.persona);

    const interactive = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
    // Ctrl-C ends the session like Ctrl-D: the stack (and a --data folder) is closed properly.
    rl.on("SIGINT", () => rl.close());
    process.once("SIGINT", () => rl.close());
    process.once("SIGTERM", () => rl.close());
    const prompt = () => {
      if (!interactive) return;
      rl.setPrompt(`${session.current}› `);
      rl.prompt();
    };
    prompt();
    for await (const raw of rl) {
      const line = raw.trim();
      if (!interactive && line) out(`${session.current}› ${line}`);
      if (line === "/quit" || line === ":quit" || line === ":q") break;
      await session.handle(line);
      prompt();
    }
    rl.close();
    if (interactive) out();
    out("До свидания! (sandbox closed)");
    return 0;
  } finally {
    await stack.close();
  }
}

/** One terminal, several people: whose chat is shown in full and who the typed lines come from. */
class Session {
  current: DemoPersonaKey = "head1";
  private readonly names: Record<number, string>;
  private readonly started = new Set<DemoPersonaKey>();

  constructor(
    private readonly stack: LocalStack,
    private readonly seed: DemoSeed,
  ) {
    this.names = Object.fromEntries(seed.personas.map((p) => [p.telegramUser.id, `${p.displayName} (${p.key})`]));
    stack.server.onEvent((event) => this.show(event));
  }

  private persona(key: DemoPersonaKey): DemoPersona {
    return this.seed.personas.find((p) => p.key === key)!;
  }

  private user(key = this.current): SimulatedUser {
    return this.stack.server.user(this.persona(key).telegramUser);
  }

  private show(event: EmulatorEvent): void {
    for (const line of chatViewLines(event, { currentChatId: this.persona(this.current).telegramUser.id, names: this.names })) out(line);
  }

  async switchTo(key: DemoPersonaKey): Promise<void> {
    const persona = this.persona(key);
    this.current = key;
    const where = persona.schoolShortName ? `, ${persona.schoolShortName}` : "";
    out("");
    out(`── Вы: ${persona.displayName} — ${ROLE_NAMES[persona.role]}${where} (${key}) ──`);
    if (this.started.has(key)) {
      this.reprint();
      return;
    }
    this.started.add(key);
    const registered = await this.isRegistered(persona);
    const first = registered ? "/start" : `/start ${persona.inviteCode}`;
    out(`${key}› ${first}`);
    await this.run(() => this.user().send(first));
    // A head who joins after a campaign opened is told about it on the job's next run.
    await this.openDueCampaigns();
  }

  async handle(line: string): Promise<void> {
    if (line === "") return;
    if (line.startsWith(":")) return this.command(line);
    if (line.startsWith("#")) {
      const which = line.slice(1).trim();
      if (/^\d+$/.test(which)) return this.run(() => this.user().pressIndex(Number(which)));
      if (which === "") return void out("⚠ После # — номер кнопки (#1) или начало её текста (#Итоги).");
      const lower = which.toLowerCase();
      return this.run(() => this.user().press((text) => text.toLowerCase().startsWith(lower) || text.toLowerCase().includes(lower)));
    }
    return this.run(() => this.user().send(line));
  }

  private async command(line: string): Promise<void> {
    const [name, ...rest] = line.slice(1).split(/\s+/);
    const arg = rest.join(" ");
    switch (name) {
      case "as":
        if (!isPersonaKey(arg)) return void out(`⚠ Нет такого человека: «${arg}». Есть: ${PERSONA_KEYS.join(", ")}.`);
        return this.switchTo(arg);
      case "who":
      case "list":
        return this.printWho();
      case "time":
        return this.time(arg);
      case "help":
        HELP.forEach((l) => out(l));
        return;
      default:
        out(`⚠ Неизвестная команда «:${name}». :help — подсказка.`);
    }
  }

  private async time(arg: string): Promise<void> {
    const zone = this.seed.municipality.timeZone;
    if (arg) {
      const step = /^\+(\d+)\s*([mhd])$/.exec(arg);
      if (step) {
        this.stack.clock.advance(Number(step[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[step[2] as "m" | "h" | "d"]);
      } else {
        const moment = new Date(arg);
        if (Number.isNaN(moment.getTime())) return void out("⚠ Пример: :time +2h, :time +1d, :time 2026-12-01T06:00:00Z");
        this.stack.clock.set(moment);
      }
    }
    out(`🕒 ${formatLocal(this.stack.clock.now(), zone)} (${zone})`);
    if (arg) await this.openDueCampaigns();
  }

  private async printWho(): Promise<void> {
    for (const p of this.seed.personas) {
      const registered = await this.isRegistered(p);
      const mark = p.key === this.current ? "▶" : " ";
      const where = p.schoolShortName ? `, ${p.schoolShortName}` : "";
      out(`${mark} ${p.key.padEnd(13)} ${p.displayName} — ${ROLE_NAMES[p.role]}${where}${registered ? "" : " (пока нет в боте)"}`);
    }
  }

  /** Shows where the chat stands after switching back: the message whose buttons #N presses, and the newest one. */
  private reprint(): void {
    const user = this.user();
    const last = user.lastMessage();
    const withButtons = user
      .messages()
      .reverse()
      .find((m) => m.buttons.some((row) => row.length > 0));
    const shown = withButtons && withButtons.messageId !== last?.messageId ? [withButtons, last] : [last];
    for (const message of shown) {
      if (!message) continue;
      const head = message.document ? `📎 ${message.document.filename} — ` : "";
      out(`🤖 ${head}${message.text.replace(/\n/g, "\n   ")}`);
      numberedButtons(message.buttons).forEach((line) => out(line));
    }
  }

  private async isRegistered(persona: DemoPersona): Promise<boolean> {
    try {
      return (await findActor(this.stack.domain, persona.telegramUser.id)) !== null;
    } catch (error) {
      if (isDomainError(error, "access-revoked")) return true;
      throw error;
    }
  }

  private async openDueCampaigns(): Promise<void> {
    await this.stack.runJob("open-campaigns");
    await this.stack.drainOutbox();
  }

  /** Runs one action; a failure (no such button, the bot did not answer) is printed, and the session goes on. */
  private async run(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      out(`⚠ ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Creates an open sample campaign on a database that has none, so a head has a form to fill at once. */
async function ensureSampleCampaign(stack: LocalStack, seed: DemoSeed): Promise<string | undefined> {
  if ((await stack.domain.db.campaign.count()) > 0) return undefined;
  const methodologist = seed.personas.find((p) => p.key === "methodologist")!;
  // The methodologist signs in first (as they would to create it in the bot).
  let actor: Actor | null = await findActor(stack.domain, methodologist.telegramUser.id);
  if (!actor) {
    await stack.server.user(methodologist.telegramUser).send(`/start ${methodologist.inviteCode}`);
    actor = await findActor(stack.domain, methodologist.telegramUser.id);
  }
  if (!actor) throw new Error("the sample campaign needs the methodologist, who could not sign in");
  const indicators = await listIndicators(stack.domain, actor);
  const indicatorIds = SAMPLE_INDICATORS.map((code) => {
    const found = indicators.find((i) => i.code === code);
    if (!found) throw new Error(`indicator ${code} is missing from the catalogue`);
    return found.id;
  });
  const zone = seed.municipality.timeZone;
  const now = stack.clock.now();
  const in11Days = toLocal(new Date(now.getTime() + 11 * 86_400_000), zone);
  const deadline = fromLocal({ ...in11Days, hour: 23, minute: 59 }, zone);
  await createCampaign(stack.domain, actor, { title: SAMPLE_TITLE, period: periodOf(now, zone), indicatorIds, opensAt: now, deadline, schoolIds: "all" });
  return `Для начала методист ${methodologist.displayName} открыла мониторинг «${SAMPLE_TITLE}» для всех школ, срок ${formatLocal(deadline, zone)} (без него: --empty).`;
}

function periodOf(moment: Date, zone: string): string {
  const local = toLocal(moment, zone);
  return `${local.year}-Q${Math.floor((local.month - 1) / 3) + 1}`;
}

function printPersonas(): void {
  out("Personas (npm run chat -- --as <persona>):");
  for (const p of DEMO_PERSONAS) {
    const where = p.schoolShortName ? `, ${p.schoolShortName}` : "";
    out(`  ${p.key.padEnd(13)} ${p.firstName} ${p.lastName} — ${ROLE_NAMES[p.role]}${where}`);
  }
}

function isPersonaKey(value: string): value is DemoPersonaKey {
  return (PERSONA_KEYS as string[]).includes(value);
}

try {
  const code = await main(process.argv.slice(2));
  // Readline on a pipe and the database may keep handles open; everything is closed by now.
  process.exit(code);
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
