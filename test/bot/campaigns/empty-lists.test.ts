// A new municipality before the administrator has loaded anything: every empty list says what to do next,
// instead of an empty picker with no way forward.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimulatedUser } from "../../../emulator/index.js";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import { createIndicator } from "../../../src/domain/indicators/create-indicator.js";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { createMunicipality } from "../../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { createTestDatabase } from "../../support/test-database.js";

let stack: LocalStack;
let municipalityId: number;
let methodologist: SimulatedUser;
let official: SimulatedUser;

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase(), startAt: new Date("2026-11-23T09:00:00Z") });
  municipalityId = (await createMunicipality(stack.domain, systemActor, { name: "Новый муниципальный округ", timeZone: "Europe/Moscow" })).id;
  const join = async (id: number, role: "METHODOLOGIST" | "OFFICIAL") => {
    const invite = await createInvite(stack.domain, systemActor, { role, municipalityId, displayName: `Сотрудник ${id}` });
    const user = stack.server.user({ id, first_name: "Сотрудник", language_code: "ru" });
    await user.send(invite.startCommand);
    return user;
  };
  methodologist = await join(810_001, "METHODOLOGIST");
  official = await join(810_002, "OFFICIAL");
});
afterAll(() => stack.close());

const texts = (replies: Array<{ text: string }>) => replies.map((r) => r.text);

describe("a municipality with nothing loaded yet", () => {
  it("/newcampaign without indicators says who adds them, before asking anything", async () => {
    const { replies } = await methodologist.send("/newcampaign");
    expect(texts(replies)).toEqual([
      "Создать мониторинг пока нельзя: в округе нет ни одного показателя. Попросите администратора добавить их: npm run admin -- indicator:add (стандартный набор добавляется командой municipality:add).",
    ]);
    // Not stuck in a wizard: the next message is read as usual.
    expect(texts((await methodologist.send("/campaigns")).replies)).toEqual(["Мониторингов пока нет. Создать — /newcampaign."]);
  });

  it("/newcampaign with indicators but no schools says the school list is to be loaded", async () => {
    await createIndicator(stack.domain, systemActor, { municipalityId, code: "MENTORS", kind: "COUNT", titleRu: "Число наставников" });
    const { replies } = await methodologist.send("/newcampaign");
    expect(texts(replies)).toEqual([
      "Создать мониторинг пока нельзя: в округе нет ни одной школы. Попросите администратора загрузить список: npm run admin -- schools:import.",
    ]);
  });

  it("an official's empty /campaigns says where campaigns come from, not a command they do not have", async () => {
    expect(texts((await official.send("/campaigns")).replies)).toEqual([
      "Мониторингов пока нет. Их создаёт методист: когда сбор начнётся, мониторинг появится здесь.",
    ]);
  });
});
