import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { startBotApiServer } from "../emulator/index.js";

const [methodCode, headCode, officialCode] = process.argv.slice(2);
const server = await startBotApiServer({ port: 18081, userTimeoutMs: 30_000, token: "7000000001:AAEtrialTokenForTheEmulator01" });
const bot = spawn("npm", ["start"], {
  env: { ...process.env, BOT_TOKEN: server.token, BOT_API_ROOT: server.apiRoot.replace(/\/bot.*$/, ""), DATA_DIR: "/tmp/trial/data", LOG_LEVEL: "warn" },
  stdio: ["ignore", "inherit", "inherit"],
});
const show = (who: string, r: { replies: { text: string; buttons: string[][] }[] }) => {
  for (const m of r.replies) console.log(`  ${who} ← ${m.text.replace(/\n/g, "\n       ")}${m.buttons.length ? `\n       [${m.buttons.flat().join("] [")}]` : ""}`);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; i < 100 && server.calls.filter((c) => c.method === "getUpdates").length === 0; i++) await wait(300);
console.log("bot polling:", server.calls.some((c) => c.method === "getUpdates"));
const m = server.user({ id: 5001, first_name: "Ольга", last_name: "Смирнова" });
const h = server.user({ id: 5002, first_name: "Ирина", last_name: "Петрова" });
const o = server.user({ id: 5003, first_name: "Анна", last_name: "Козлова" });
const users: Record<string, any> = {};
const step = async (who: string, what: string, p: () => Promise<any>) => {
  console.log(`\n${who} → ${what}`);
  const u = users[who]; const mark = u.mark();
  await p();
  await wait(1500);
  show(who, { replies: u.messagesSince(mark).map((x: any) => ({ text: x.text ?? `[file ${x.document?.fileName}]`, buttons: x.buttons ?? [] })) });
};
Object.assign(users, { "М": m, "Р": h, "О": o });
try {
  await step("М", `/start ${methodCode}`, () => m.send(`/start ${methodCode}`));
  await step("Р", `/start ${headCode}`, () => h.send(`/start ${headCode}`));
  await step("О", `/start ${officialCode}`, () => o.send(`/start ${officialCode}`));
  await step("М", "sends roadmap-lysva.docx", () => m.upload("roadmap-lysva.docx", readFileSync("../shared/seeds/docx/roadmap-lysva.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
  await step("М", "[Сохранить]", () => m.press(/Сохранить/));
  await step("М", "/plan", () => m.send("/plan"));
  await step("М", "[plan 1]", () => m.pressIndex(1));
  await step("М", "[item 2]", () => m.pressIndex(3));
  await step("Р", "/tasks", () => h.send("/tasks"));
  await step("Р", "[task 1]", () => h.pressIndex(1));
  await step("Р", "[Закрыть]", () => h.press(/Отчитаться|Закрыть|Выполнено/));
  await step("Р", "comment", () => h.send("Положение утверждено приказом №12 от 01.12.2026"));
  await step("Р", "[Отправить]", () => h.press(/Отправить/));
  await step("О", "/tasks", () => o.send("/tasks"));
  await step("О", "[first to review]", () => o.pressIndex(1));
  await step("О", "[Принять]", () => o.press(/Принять/));
  await step("О", "/status", () => o.send("/status"));
  await step("Р", "/courses (menu)", () => h.send("/courses"));
  await step("Р", "[Педагоги]", () => h.press(/Педагоги/));
  await step("М", "/announce", () => m.send("/announce"));
  await step("М", "text", () => m.send("Совещание руководителей 10.12 в 14:00, каб. 21."));
  await step("М", "[Без вложений]", () => m.press(/Без вложений/));
  await step("М", "[Всем руководителям]", () => m.press(/руководител/i));
  await step("М", "[Да, ознакомлен]", () => m.press(/Ознакомлен|Да/));
  await step("М", "deadline", () => m.send("послезавтра 12:00"));
  await step("М", "[Сейчас]", () => m.press(/Сейчас|сразу/i));
  await step("М", "[Отправить]", () => m.press(/Отправить/));
  console.log("\n(outbox: head's chat now)"); await wait(4000);
  for (const msg of h.messages().slice(-2)) console.log("  Р has:", msg.text.slice(0, 200), msg.buttons?.flat?.());
} catch (e) { console.error("TRIAL STEP FAILED:", e instanceof Error ? e.message : e); }
bot.kill("SIGTERM");
await wait(2000);
await server.close();
process.exit(0);
