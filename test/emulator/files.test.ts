import { InputFile } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { IRINA, startPollingBot, type PollingHarness } from "../support/polling-harness.js";

describe("files through the emulator", () => {
  let harness: PollingHarness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  it("receives a multipart upload from sendDocument with its bytes and filename", async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0d, 0x0a, 0x2d, 0x2d]);
    harness = await startPollingBot((bot) =>
      bot.command("report", (ctx) =>
        ctx.replyWithDocument(new InputFile(bytes, "Отчёт; март 2025.xlsx"), { caption: "<b>Отчёт</b> готов", parse_mode: "HTML" }),
      ),
    );
    const irina = harness.server.user(IRINA);
    const { replies } = await irina.send("/report");
    const [report] = replies;
    expect(report?.document?.filename).toBe("Отчёт; март 2025.xlsx");
    expect(report?.document?.content.equals(bytes)).toBe(true);
    expect(report?.document?.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(report?.text).toBe("Отчёт готов");
    expect(report?.entities).toEqual([{ type: "bold", offset: 0, length: 5 }]);
  });

  it("lets the bot download a user's document via getFile and the file URL", async () => {
    let downloaded: Buffer | undefined;
    harness = await startPollingBot((bot, server) =>
      bot.on("message:document", async (ctx) => {
        const file = await ctx.getFile();
        // What grammY's files plugin does, with api.telegram.org replaced by the emulator.
        const url = `${server.apiRoot}/file/bot${bot.token}/${file.file_path}`;
        downloaded = Buffer.from(await (await fetch(url)).arrayBuffer());
        await ctx.reply(`Получен ${ctx.message.document.file_name} (${ctx.message.document.mime_type})`);
      }),
    );
    const irina = harness.server.user(IRINA);
    const csv = "школа;баллы\n№1;42\n";
    await irina.upload("results.csv", csv);
    expect(downloaded?.toString("utf8")).toBe(csv);
    expect(irina.lastMessage()?.text).toBe("Получен results.csv (text/csv)");

    const wrongToken = await fetch(`${harness.server.apiRoot}/file/bot123:nope/documents/file_1.csv`);
    expect(wrongToken.status).toBe(401);
  });

  it("re-sends a known file by file_id and rejects an unknown one", async () => {
    let error = "";
    harness = await startPollingBot((bot) =>
      bot.on("message:document", async (ctx) => {
        await ctx.replyWithPhoto(ctx.message.document.file_id);
        await ctx.replyWithDocument("no-such-file-id").catch((e: Error) => (error = e.message));
      }),
    );
    const irina = harness.server.user(IRINA);
    await irina.upload("photo.png", Buffer.from("png-bytes"));
    expect(irina.lastMessage()?.photo?.content.toString()).toBe("png-bytes");
    expect(error).toContain("Bad Request: wrong file identifier/HTTP URL specified");
  });
});
