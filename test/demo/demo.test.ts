// The scripted demo, read the way a head of an education department would read its transcript: who was
// refused, who got in, what the heads answered, and whether the municipal figures add up by hand.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_SCENES, DemoStepError, runDemo, type DemoScene, type DemoSummary } from "../../src/demo/scenes/index.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

let demo: DemoSummary;
let transcript: string;

beforeAll(async () => {
  demo = await runDemo({ out: () => {} });
  transcript = demo.lines.join("\n");
}, 120_000);

/** The index of the first line containing `text` (after line `from`); fails the test when there is none. */
function lineOf(text: string | RegExp, from = 0): number {
  const index = demo.lines.findIndex((line, i) => i >= from && (typeof text === "string" ? line.includes(text) : text.test(line)));
  expect(index, `no transcript line ${String(text)} after line ${from}`).toBeGreaterThanOrEqual(0);
  return index;
}

describe("the scripted demo (runDemo in-process)", () => {
  it("plays every scene under its own heading and ends with a summary", () => {
    for (const scene of DEMO_SCENES) expect(demo.lines).toContain(`── ${scene.title} ──`);
    expect(transcript).toContain("── Итог (summary) ──");
    expect(demo.botMessages).toBeGreaterThan(30);
    expect(demo.lines.at(-1)).toMatch(new RegExp(`^Сцен: ${DEMO_SCENES.length}, сообщений бота`));
  });

  it("shows the admin's invites and refuses a stranger politely, once", () => {
    expect(transcript).toContain("demo-head1-invite          head           active");
    const refusal = lineOf("🤖 → Пётр Сидоров: Здравствуйте! Этот бот работает только по приглашению отдела образования.");
    const again = lineOf("👤 Пётр Сидоров: Алло?", refusal);
    expect(demo.lines[again + 1]).not.toMatch(/^🤖 → Пётр Сидоров/);
  });

  it("welcomes a head, a methodologist and an official, each with their own menu; the head asks for help", () => {
    const head = lineOf("🤖 → Ирина Петрова (СОШ №1): Добро пожаловать, Ирина Петрова! Вы вошли как руководитель ОО.");
    expect(demo.lines[head + 2]).toMatch(/^ {6}\[ 📋 Мониторинги \]/);
    const help = lineOf("👤 Ирина Петрова (СОШ №1) нажимает [ ❓ Помощь ]", head);
    expect(demo.lines[help + 1]).toBe("🤖 → Ирина Петрова (СОШ №1): Что умеет бот");
    const methodologist = lineOf("🤖 → Елена Смирнова (методист): Добро пожаловать, Елена Смирнова! Вы вошли как методист.");
    expect(demo.lines.slice(methodologist + 2, methodologist + 4).join("\n")).toContain("[ ➕ Новый мониторинг ]");
    lineOf("🤖 → Андрей Волков (МОУО): Добро пожаловать, Андрей Волков! Вы вошли как специалист МОУО.");
  });

  it("creates the campaign in the bot and tells the three registered heads", () => {
    lineOf("👤 Елена Смирнова (методист): 1 2 4 7 8");
    const created = lineOf("🤖 → Елена Смирнова (методист): Мониторинг «Профессиональное развитие педагогов, IV квартал» создан и открыт");
    for (const head of ["Ирина Петрова (СОШ №1)", "Сергей Николаев (СОШ №2)", "Татьяна Кузнецова (Калашниковская СОШ)"]) {
      lineOf(`🤖 → ${head}: 📋 Открыт мониторинг «Профессиональное развитие педагогов, IV квартал»`, created);
    }
  });

  it("catches the head's typo, takes the corrected answer, and gives both heads a receipt", () => {
    const typo = lineOf("👤 Ирина Петрова (СОШ №1): 25 из 20");
    expect(demo.lines[typo + 1]).toBe("🤖 → Ирина Петрова (СОШ №1): ⚠️ 25 из 20 не может быть: первое число больше второго.");
    const corrected = lineOf("👤 Ирина Петрова (СОШ №1): 25 из 40", typo);
    lineOf("🤖 → Ирина Петрова (СОШ №1): ✅ Принято: «Профессиональное развитие педагогов, IV квартал», СОШ №1, 23.11.2026 14:40.", corrected);
    lineOf("🤖 → Сергей Николаев (СОШ №2): ✅ Принято: «Профессиональное развитие педагогов, IV квартал», СОШ №2, 24.11.2026 10:30.");
  });

  it("lets the second head stop, survives a bot restart, and resumes at question 3", () => {
    const paused = lineOf("👤 Сергей Николаев (СОШ №2) нажимает [ ⏸ Прервать (ответы сохранены) ]");
    const restarted = lineOf("[бот перезапущен — bot restarted]", paused);
    const forms = lineOf("🤖 → Сергей Николаев (СОШ №2): Ваши мониторинги", restarted);
    lineOf("черновик, заполнено 2 из 5", forms);
    const resumed = lineOf(/^🤖 → Сергей Николаев \(СОШ №2\): 📋 .* · вопрос \d из 5$/, forms);
    expect(demo.lines[resumed]).toMatch(/вопрос 3 из 5$/);
  });

  it("shows municipal results that add up by hand, names the silent school, and sends the Excel file", () => {
    // (25 + 35) of (40 + 60) and (32 + 45) of (40 + 60): shares are summed, not averaged.
    const results = lineOf("      1. Доля педагогических работников, прошедших диагностику профессиональных дефицитов: 60 из 100 (60%)");
    // Indicator 2 is fed by course records; the heads typed other figures than their records give, and «Итоги» says so.
    expect(demo.lines[results + 2]).toBe("         🎓 расходится с записями о курсах: 2 ОО (см. «По школам»)");
    expect(demo.lines[results + 3]).toBe("      3. Доля педагогов, принявших участие в муниципальных методических мероприятиях: 77 из 100 (77%)");
    const missing = lineOf("🤖 → Елена Смирнова (методист): Не сдали «Профессиональное развитие педагогов, IV квартал»: 3");
    expect(demo.lines.slice(missing + 1, missing + 4)).toContain("      • Калашниковская СОШ — не начат");
    lineOf(/^🤖 📎 → Елена Смирнова \(методист\): monitoring-2026-Q4-\d+\.xlsx \(\d+(\.\d)? KB\) — Итоги мониторинга/, missing);
  });

  it("shows the official the same figures", () => {
    const official = lineOf("👤 Андрей Волков (МОУО): /campaigns");
    lineOf("🤖 → Андрей Волков (МОУО): Профессиональное развитие педагогов, IV квартал (2026-Q4) — сдали 2 из 5", official);
    lineOf("      1. Доля педагогических работников, прошедших диагностику профессиональных дефицитов: 60 из 100 (60%)", official);
  });

  it("turns the seed protocol's decisions into tasks; one school's report is accepted, another's returned with its reason", () => {
    const preview = lineOf("🤖 → Андрей Волков (МОУО): Протокол №15 от 24.11.2026 — Совещание с руководителями ОО");
    lineOf("Срок: 30.06.2023 (уже прошёл) · Отв.: все школы (5)", preview);
    const saved = lineOf("🤖 → Андрей Волков (МОУО): ✅ Протокол сохранён: поручений — 4, исполнителей — 20", preview);
    const accepted = lineOf("🤖 → Андрей Волков (МОУО): 👍 Принято: СОШ №1.", saved);
    const returned = lineOf("🤖 → Андрей Волков (МОУО): ↩️ Возвращено: СОШ №2.", accepted);
    lineOf("↩️ Возвращено: Нужна справка: какие мероприятия проанализированы и какие выводы.", returned);
  });
});

describe("a demo step that goes wrong", () => {
  it("stops the demo with the scene and the step named, instead of printing on", async () => {
    const broken: DemoScene = {
      title: "Сцена X. Проверка",
      async run(demo) {
        await demo.send("head1", "/start demo-head1-invite", "Этого текста бот не пишет");
      },
    };
    const lines: string[] = [];
    const failure = await runDemo({ out: (line) => lines.push(line), scenes: [broken] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DemoStepError);
    expect((failure as Error).message).toMatch(/^Сцена X\. Проверка: Ирина Петрова «\/start demo-head1-invite»: expected a reply containing «Этого текста бот не пишет», got «Добро пожаловать/);
    expect(lines).not.toContain("── Итог (summary) ──");
  }, 60_000);
});

describe("npm run demo", () => {
  it("runs as a process, exits 0 and prints the same transcript", async () => {
    // npm's update check prints «npm notice …» on a fresh machine; it is npm's, not the demo's, so it is off.
    const env = { ...process.env, FORCE_COLOR: "0", npm_config_update_notifier: "false" };
    const child = spawn("npm", ["run", "--silent", "demo"], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect({ code, stderr: stderr.split("\n").filter((line) => line && !/^npm (warn|notice)/.test(line)) }).toEqual({ code: 0, stderr: [] });
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toContain("── Сцена 1. Приглашения и вход (invites and sign-in) ──");
    // A fixed clock and a fresh database: the same transcript every run, up to the time it took.
    const withoutTiming = (all: string[]) => all.slice(all.indexOf(""), -1);
    expect(withoutTiming(lines)).toEqual(withoutTiming(demo.lines));
  }, 180_000);
});
