// The protocol sent as a Word file: a .docx protocol is read and previewed like a paste; a .docx that is not a
// protocol, an old .doc and a broken file each get a clear answer, and the wizard waits for something usable.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { last, startCampaignScenario, textOf, type CampaignScenario } from "../../support/campaign-scenario.js";
import { makeDocx } from "../../support/make-docx.js";

const PROTOCOL = readFileSync(new URL("../../../src/demo/data/protocol-likhoslavl-2023-05-31.txt", import.meta.url), "utf8");
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let s: CampaignScenario;
beforeAll(async () => {
  s = await startCampaignScenario();
});
afterAll(() => s?.close());

describe("a protocol as .docx", () => {
  it("files that are not a protocol are refused one by one; then the protocol is read into the preview", async () => {
    const official = s.user("official");
    await official.send("/meeting");
    await official.press("Без номера");
    await official.press("Сегодня");
    await official.send("Совещание с руководителями ОО");
    expect(last(official).text).toContain("Как внесём решения?");

    // A roadmap, not a protocol: a readable Word file with no numbered decisions in it.
    const roadmap = makeDocx([
      "Дорожная карта по развитию кадрового потенциала Лихославльского муниципального округа на 2022–2023 гг.",
      "Цель: создание условий для непрерывного профессионального развития педагогов.",
      "Мероприятие: диагностика профессиональных дефицитов. Срок: в течение года.",
    ]);
    const notProtocol = textOf((await official.upload("Дорожная карта.docx", roadmap, DOCX)).replies);
    expect(notProtocol).toContain("Не нашёл пронумерованных решений");

    expect(textOf((await official.upload("Протокол.doc", "старый формат", "application/msword")).replies)).toContain(
      "Нужен файл Word в формате .docx",
    );
    expect(textOf((await official.upload("Протокол.docx", "это не zip", DOCX)).replies)).toContain("Не получилось прочитать этот .docx");

    const preview = textOf((await official.upload("Протокол №15.docx", makeDocx(PROTOCOL.split("\n")), DOCX)).replies);
    expect(preview).toContain("Протокол №— от 23.11.2026");
    expect(preview).toContain("Проверьте решения (4)");
    expect(preview).toContain("2. Проанализировать повышении квалификации педагогических работников ОО");
    expect(preview).toContain("Срок: постоянно · Отв.: все школы (5)");
    await official.press("✅ Сохранить");
    expect(last(official).text).toContain("поручений — 4, исполнителей — 20");
  });
});
