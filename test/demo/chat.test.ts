// The terminal sandbox driven through piped stdin, as `printf '/forms\n#1\n' | npm run chat -- --as head1`:
// what a person would see in their terminal, line by line.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.js";
import { openDatabase } from "../../src/db/open-database.js";
import { createMunicipality } from "../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../src/domain/people/system-actor.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TIMEOUT = 120_000;
// tsx itself, not through npx: on a fresh machine npm prints notices of its own (a newer npm, say) on stderr.
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

interface ChatRun {
  code: number | null;
  lines: string[];
  errors: string[];
}

/** `tsx src/demo/chat.ts <args>` with `input` on stdin (then end of input, like Ctrl-D). */
function chat(args: string[], input: string[] = []): Promise<ChatRun> {
  const child = spawn(TSX, ["src/demo/chat.ts", ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: "0" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdin.end(input.map((line) => `${line}\n`).join(""));
  return new Promise((resolve) =>
    child.on("close", (code) =>
      resolve({
        code,
        lines: stdout.split("\n"),
        errors: stderr.split("\n").filter((line) => line.trim()),
      }),
    ),
  );
}

/** The lines printed after the echo of the typed `input` (and before the next one). */
function after(run: ChatRun, input: string): string[] {
  const start = run.lines.findIndex((line) => line.endsWith(`› ${input}`));
  expect(start, `the typed line «${input}» is not echoed`).toBeGreaterThanOrEqual(0);
  const next = run.lines.findIndex((line, i) => i > start && /^[a-z0-9]+› /.test(line));
  return run.lines.slice(start + 1, next === -1 ? undefined : next);
}

describe("npm run chat -- --as head1, with piped input", () => {
  it("signs the head in, prints the welcome and numbered buttons, and #1 presses a button", async () => {
    const run = await chat(["--as", "head1"], ["/forms", "#1", "1", "25 из 40", ":as head2", "/quit"]);
    expect(run.errors).toEqual([]);
    expect(run.code).toBe(0);

    const signIn = after(run, "/start demo-head1-invite");
    expect(signIn[0]).toMatch(/^🤖 Добро пожаловать, Ирина Петрова! Вы вошли как руководитель ОО\./);
    expect(signIn.some((line) => line.startsWith("   [1] 📋 Мониторинги  [2] "))).toBe(true);
    // The sample campaign is open: its notice comes right after the menu.
    expect(signIn).toContain("   [1] 📝 Заполнить форму");

    expect(after(run, "/forms")).toContain("   [1] 📝 Профессиональное развитие педагогов, IV квартал");
    // #1 pressed the form's button: the first question.
    expect(after(run, "#1")[0]).toBe("🤖 📋 Профессиональное развитие педагогов, IV квартал · вопрос 1 из 5");
    // A plain number is an answer, not a press: a share needs "of".
    expect(after(run, "1")[0]).toBe("🤖 ⚠️ Напишите долю как «сколько из скольких»: например «5 из 20» или «5/20».");
    expect(after(run, "25 из 40")[0]).toMatch(/· вопрос 2 из 5$/);

    const switched = after(run, ":as head2");
    expect(switched).toContain("── Вы: Сергей Николаев — руководитель ОО, СОШ №2 (head2) ──");
    expect(after(run, "/start demo-head2-invite")[0]).toMatch(/^🤖 Добро пожаловать, Сергей Николаев! Вы вошли как руководитель ОО\./);
    expect(run.lines).toContain("До свидания! (sandbox closed)");
  }, TIMEOUT);

  it("presses a main-menu entry without the bot stumbling (--empty: no sample campaign)", async () => {
    const run = await chat(["--as", "head1", "--empty"], ["#1", "#помощь"]);
    expect(run.code).toBe(0);
    // #1 is "📋 Мониторинги" of the head's menu.
    const forms = after(run, "#1");
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatch(/^🤖 Открытых мониторингов для вашей школы сейчас нет\./);
    // A button can be pressed by (part of) its text too.
    expect(after(run, "#помощь")[0]).toBe("🤖 Что умеет бот");
    // A press is answered once: no refused Bot API call, no error in the bot's log.
    expect(run.lines.filter((line) => line.startsWith("⛔"))).toEqual([]);
    expect(run.errors).toEqual([]);
  }, TIMEOUT);

  it("lists the personas, and refuses an unknown one naming the valid ones", async () => {
    const list = await chat(["--list"]);
    expect(list.code).toBe(0);
    expect(list.lines).toContain("  methodologist Елена Смирнова — методист");

    const unknown = await chat(["--as", "director"]);
    expect(unknown.code).toBe(1);
    expect(unknown.errors).toEqual(['error: unknown persona "director". Valid personas: head1, head2, head3, methodologist, official, admin (see --list)']);
  }, TIMEOUT);
});

describe("npm run chat -- --data <folder> on a real deployment's data", () => {
  it("refuses to seed the demo's known invite codes there, says why, and leaves the data as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chat-real-data-"));
    try {
      const db = await openDatabase({ dataDir: dir });
      await migrate(db.sql);
      await createMunicipality({ db: db.prisma, now: () => new Date() }, systemActor, { name: "Торжокский муниципальный округ", timeZone: "Europe/Moscow" });
      await db.close();

      const run = await chat(["--as", "admin", "--data", dir], ["/start"]);
      expect(run.code).toBe(1);
      expect(run.errors.join("\n")).toContain("«Торжокский муниципальный округ»");
      expect(run.errors.join("\n")).toContain("publicly known codes");

      const after = await openDatabase({ dataDir: dir });
      try {
        expect(await after.prisma.invite.count()).toBe(0);
        expect(await after.prisma.municipality.findMany({ select: { name: true } })).toEqual([{ name: "Торжокский муниципальный округ" }]);
      } finally {
        await after.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, TIMEOUT);
});
