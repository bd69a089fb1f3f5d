import { spawn } from "node:child_process";
import { startBotApiServer } from "../emulator/index.js";
const server = await startBotApiServer({ port: 18081, userTimeoutMs: 30_000, token: "7000000001:AAEtrialTokenForTheEmulator01" });
const h = server.user({ id: 5002, first_name: "Ирина", last_name: "Петрова" }).startedEarlier();
const m = server.user({ id: 5001, first_name: "Ольга", last_name: "Смирнова" }).startedEarlier();
const bot = spawn("npm", ["start"], { env: { ...process.env, BOT_TOKEN: server.token, BOT_API_ROOT: server.apiRoot.replace(/\/bot.*$/, ""), DATA_DIR: "/tmp/trial/data", LOG_LEVEL: "warn" }, stdio: ["ignore", "inherit", "inherit"] });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const started = Date.now();
while (Date.now() - started < 400_000 && !h.messages().some((x) => x.text?.includes("Совещание"))) await wait(1000);
const got = h.messages().find((x) => x.text?.includes("Совещание"));
console.log(new Date().toISOString(), "head got:", got?.text, got?.buttons);
if (got) {
  await h.press(/Ознакомлен/, { messageId: got.messageId });
  await wait(1500);
  const after = h.messages().find((x) => x.messageId === got.messageId);
  console.log("after press:", after?.buttons, h.callbackAnswers().at(-1));
  const mk = m.mark();
  await m.send("/announcements");
  await wait(1500);
  for (const x of m.messagesSince(mk)) console.log("methodologist:", x.text, x.buttons);
}
bot.kill("SIGTERM"); await wait(2000); await server.close(); process.exit(0);
