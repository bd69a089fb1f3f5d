// The scripted demo: a fresh in-memory database seeded with the demo municipality, the local Bot API, the real
// bot, and the scenes played one after another while a transcript of every chat is printed. `npm run demo` runs
// it from main.ts; the tests call `runDemo` in-process.
import { createTranscript, type BotApiServer, type EmulatorEvent } from "../../../emulator/index.js";
import { startLocalStack, type LocalStack } from "../local-stack.js";
import { seedDemo, type DemoPersona } from "../seed-demo.js";
import { invitesScene } from "./01-invites.js";
import { campaignScene } from "./02-campaign.js";
import { headsAnswerScene } from "./03-heads-answer.js";
import { resultsScene } from "./04-results.js";
import { officialScene } from "./05-official.js";
import { tasksScene } from "./06-tasks.js";
import { remindersStatusScene } from "./09-reminders-status.js";
import { roadmapScene } from "./07-roadmap.js";
import { coursesScene } from "./08-courses.js";
import { announcementsScene } from "./10-announcements.js";
import { DemoContext, DemoStepError, type DemoScene } from "./demo-context.js";
import { readableLogger } from "./readable-logger.js";

export { DemoStepError, type DemoScene } from "./demo-context.js";

/** 23.11.2026 09:00 UTC = 12:00 in Likhoslavl (Europe/Moscow), a Monday. */
export const DEMO_START = "2026-11-23T09:00:00Z";

export const DEMO_SCENES: readonly DemoScene[] = [
  invitesScene,
  campaignScene,
  headsAnswerScene,
  resultsScene,
  officialScene,
  tasksScene,
  roadmapScene,
  coursesScene,
  remindersStatusScene,
  announcementsScene,
];

export interface RunDemoOptions {
  /** Every transcript and narration line, as it happens. */
  out: (line: string) => void;
  /** The bot's own warnings and errors (never mixed into the transcript). Default: dropped. */
  err?: (line: string) => void;
  /** The scenes to play, in order (later scenes need the earlier ones); DEMO_SCENES by default. */
  scenes?: readonly DemoScene[];
}

export interface DemoSummary {
  lines: string[];
  botMessages: number;
  userActions: number;
  elapsedMs: number;
}

const ROLE_LABELS: Record<DemoPersona["role"], string> = {
  HEAD: "руководитель ОО",
  METHODOLOGIST: "методист",
  OFFICIAL: "МОУО",
  ADMIN: "администратор",
};

/** Plays the whole scenario; throws (after closing everything) if any step did not go as scripted. */
export async function runDemo(options: RunDemoOptions): Promise<DemoSummary> {
  const startedAt = performance.now();
  const lines: string[] = [];
  const out = (line: string) => {
    lines.push(line);
    options.out(line);
  };
  const botErrors: string[] = [];
  const logger = readableLogger((level, line) => {
    if (level >= 50) botErrors.push(line);
    options.err?.(line);
  });

  let stack: LocalStack | undefined;
  let watch: Watch | undefined;
  try {
    stack = await startLocalStack({ startAt: new Date(DEMO_START), logger });
    const seed = await seedDemo(stack.domain);
    watch = watchChat(stack, seed, out);
    const demo = new DemoContext({ stack, seed, out, setMuted: (value) => (watch!.muted = value) });
    const scenes = options.scenes ?? DEMO_SCENES;
    for (const [index, scene] of scenes.entries()) {
      await playScene(scene, demo, out);
      // The bot must not have stumbled on the way, even where the script did not look.
      const problems = [...watch.apiErrors.map((e) => `the Bot API refused a call: ${e}`), ...botErrors.map((e) => `the bot logged an error: ${e}`)];
      if (problems.length > 0) throw new DemoStepError(`${scene.title}: ${problems.join("; ")}`);
      if (index === scenes.length - 1) out("");
    }
    watch.stop();
    const elapsedMs = performance.now() - startedAt;
    printSummary(out, scenes, watch, elapsedMs);
    return { lines, botMessages: watch.botMessages, userActions: watch.userActions, elapsedMs };
  } finally {
    watch?.stop();
    await stack?.close();
  }
}

async function playScene(scene: DemoScene, demo: DemoContext, out: (line: string) => void): Promise<void> {
  out("");
  out(`── ${scene.title} ──`);
  out("");
  try {
    await scene.run(demo);
  } catch (error) {
    throw new DemoStepError(`${scene.title}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

interface Watch {
  muted: boolean;
  botMessages: number;
  userActions: number;
  apiErrors: string[];
  stop(): void;
}

/** The chat as a transcript (unless muted), with the messages and actions counted and refused calls kept. */
function watchChat(stack: LocalStack, seed: Awaited<ReturnType<typeof seedDemo>>, out: (line: string) => void): Watch {
  const names = Object.fromEntries(
    seed.personas.map((p) => [p.telegramUser.id, `${p.displayName} (${p.schoolShortName ?? ROLE_LABELS[p.role]})`]),
  );
  const transcript = createTranscript(withoutEmptyRows(stack.server), {
    names,
    onLine: (line) => {
      if (!watch.muted) out(line);
    },
  });
  const unsubscribe = stack.server.onEvent((event: EmulatorEvent) => {
    if (event.type === "bot-message" || event.type === "bot-document") watch.botMessages += 1;
    if (event.type === "user-message" || event.type === "button-press") watch.userActions += 1;
    if (event.type === "api-error") watch.apiErrors.push(`${event.method} → ${event.errorCode} ${event.description}`);
  });
  const watch: Watch = {
    muted: false,
    botMessages: 0,
    userActions: 0,
    apiErrors: [],
    stop() {
      transcript.stop();
      unsubscribe();
    },
  };
  return watch;
}

function printSummary(out: (line: string) => void, scenes: readonly DemoScene[], watch: Watch, elapsedMs: number): void {
  out("── Итог (summary) ──");
  out("");
  if (scenes === DEMO_SCENES) {
    out("Показано: вход только по приглашениям; мониторинг от создания в боте до итогов по муниципалитету;");
    out("опечатка, перерыв и перезапуск бота без потери ответов; список несдавших и выгрузка в Excel;");
    out("протокол совещания — в поручения школам, отчёт с телефона, приём и возврат с причиной;");
    out("дорожная карта из документа Word: что понято, что нет, и поручения школам;");
    out("объявление с файлом: кто прочитал, исправление во всех копиях и напоминание не отметившимся.");
  }
  out(
    `Сцен: ${scenes.length}, сообщений бота: ${watch.botMessages}, действий людей (сообщений и нажатий): ${watch.userActions}, ` +
      `время: ${(elapsedMs / 1000).toFixed(1).replace(".", ",")} с.`,
  );
}

/**
 * grammY's keyboards often end in an empty row (`.row()` after the last button); Telegram drops empty rows,
 * the emulator keeps them. The transcript shows the keyboards as Telegram would.
 */
export function withoutEmptyRows(server: Pick<BotApiServer, "onEvent">): Pick<BotApiServer, "onEvent"> {
  return {
    onEvent: (listener) =>
      server.onEvent((event) =>
        listener("buttons" in event ? { ...event, buttons: event.buttons.filter((row) => row.length > 0) } : event),
      ),
  };
}
