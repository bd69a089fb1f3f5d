// Use cases write outbox rows: once per dedupe key, held past the recipient municipality's quiet hours.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueNotices } from "../../src/domain/outbox/enqueue-notices.js";
import { createMunicipality } from "../../src/domain/municipalities/create-municipality.js";
import { systemActor } from "../../src/domain/people/system-actor.js";
import { createAccessFixture, type AccessFixture } from "../domain/access/fixture.js";

let f: AccessFixture;
let moscowHead: number;
let vladivostokHead: number;

beforeAll(async () => {
  f = await createAccessFixture();
  moscowHead = (await f.register({ role: "HEAD", schoolId: f.schoolA.id })).personId;
  const far = await createMunicipality(f.deps, systemActor, { name: "Дальнереченский городской округ", timeZone: "Asia/Vladivostok" });
  vladivostokHead = (await f.register({ role: "METHODOLOGIST", municipalityId: far.id })).personId;
});
afterAll(() => f?.db.close());

const rowOf = (dedupeKey: string) => f.db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey } });

describe("enqueueNotices", () => {
  it("writes one row per key; the same key again is a no-op", async () => {
    const now = new Date("2026-11-23T09:00:00Z"); // 12:00 Moscow, 19:00 Vladivostok
    const notice = { personId: moscowHead, kind: "test.hello", dedupeKey: "test.hello:1", payload: { n: 1 } };
    expect(await enqueueNotices(f.db.prisma, now, [notice])).toEqual({ queued: 1, keys: [] });
    expect(await enqueueNotices(f.db.prisma, now, [notice, { ...notice, dedupeKey: "test.hello:2" }])).toEqual({ queued: 1, keys: [] });
    // asked for, the keys written now: only the new one
    expect(await enqueueNotices(f.db.prisma, now, [notice, { ...notice, dedupeKey: "test.hello:3" }], { returnKeys: true })).toEqual({ queued: 1, keys: ["test.hello:3"] });
    const row = await rowOf("test.hello:1");
    expect(row).toMatchObject({ personId: moscowHead, kind: "test.hello", status: "QUEUED", priority: 5, attempts: 0, payload: { n: 1 } });
    expect(row.notBefore.toISOString()).toBe(now.toISOString());
  });

  it("holds a notice written at night until the end of the quiet hours on the recipient's own clock", async () => {
    const night = new Date("2026-11-23T19:30:00Z"); // 22:30 Moscow; 05:30 next day in Vladivostok
    await enqueueNotices(f.db.prisma, night, [
      { personId: moscowHead, kind: "test.hello", dedupeKey: "night:msk", payload: {} },
      { personId: vladivostokHead, kind: "test.hello", dedupeKey: "night:vvo", payload: {} },
      { personId: moscowHead, kind: "test.hello", dedupeKey: "night:urgent", payload: {}, respectQuietHours: false, priority: 0 },
    ]);
    expect((await rowOf("night:msk")).notBefore.toISOString()).toBe("2026-11-24T06:00:00.000Z"); // 09:00 Moscow
    expect((await rowOf("night:vvo")).notBefore.toISOString()).toBe("2026-11-23T23:00:00.000Z"); // 09:00 Vladivostok
    expect((await rowOf("night:urgent")).notBefore.toISOString()).toBe(night.toISOString());
  });

  it("inside a transaction that fails, nothing is queued", async () => {
    await expect(
      f.db.prisma.$transaction(async (tx) => {
        await enqueueNotices(tx, new Date("2026-11-23T09:00:00Z"), [{ personId: moscowHead, kind: "test.hello", dedupeKey: "rolled-back", payload: {} }]);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await f.db.prisma.outboxMessage.count({ where: { dedupeKey: "rolled-back" } })).toBe(0);
  });
});
