import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../../src/domain/errors.js";
import { createInvite } from "../../../src/domain/invites/create-invite.js";
import { GENERATED_CODE_LENGTH, inviteDeepLink } from "../../../src/domain/invites/invite-code.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { revokeInvite } from "../../../src/domain/invites/revoke-invite.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { createAccessFixture, type AccessFixture } from "./fixture.js";

let f: AccessFixture;
beforeAll(async () => {
  f = await createAccessFixture();
});
afterAll(async () => {
  await f.db.close();
});

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toSatisfy((e: unknown) => e instanceof DomainError && e.code === code);
}

describe("redeemInvite", () => {
  it("registers a head with the invite's role, municipality, school and name", async () => {
    const code = await f.invite({ role: "HEAD", schoolId: f.schoolA.id, displayName: "Ирина Петрова" });
    expect(code).toMatch(new RegExp(`^[2-9A-HJ-NP-Z]{${GENERATED_CODE_LENGTH}}$`));
    const actor = await redeemInvite(f.deps, { code, telegramId: 700001, telegramName: "Irina P", language: "en-US" });
    expect(actor).toEqual({
      personId: expect.any(Number),
      role: "HEAD",
      municipalityId: f.municipalityId,
      schoolId: f.schoolA.id,
      language: "en",
      displayName: "Ирина Петрова",
    });
    const invite = await f.db.prisma.invite.findUniqueOrThrow({ where: { code } });
    expect(invite.usedAt).toEqual(f.clock.now);
    expect(invite.usedById).toBe(actor.personId);
    const audit = await f.db.prisma.auditLog.findFirst({ where: { action: "invite.redeem", entityId: String(actor.personId) } });
    expect(audit?.actorId).toBe(actor.personId);
  });

  it("takes the Telegram name when the invite has none, and Russian by default", async () => {
    const code = await f.invite({ role: "METHODOLOGIST" });
    const actor = await redeemInvite(f.deps, { code, telegramId: "700002", telegramName: "  Елена   Смирнова " });
    expect(actor.displayName).toBe("Елена Смирнова");
    expect(actor.language).toBe("ru");
    expect(actor.schoolId).toBeNull();
  });

  it("shortens a long Telegram profile name by grapheme and drops control and invisible characters", async () => {
    const long = await f.invite({ role: "HEAD", schoolId: f.schoolA.id });
    const name = `Анна\u0000\u0007 ${"👩‍🏫".repeat(40)} ${"Я".repeat(80)}`;
    const actor = await redeemInvite(f.deps, { code: long, telegramId: 700004, telegramName: name });
    const graphemes = [...new Intl.Segmenter("ru", { granularity: "grapheme" }).segment(actor.displayName)].map((g) => g.segment);
    expect(graphemes).toHaveLength(64);
    expect(graphemes.slice(0, 6)).toEqual(["А", "н", "н", "а", " ", "👩‍🏫"]);
    expect(graphemes.at(-1)).toBe("…");

    const blank = await f.invite({ role: "HEAD", schoolId: f.schoolA.id });
    const invisible = await redeemInvite(f.deps, { code: blank, telegramId: 700005, telegramName: "\u3164 \u200B\u2800" });
    expect(invisible.displayName).toBe("Telegram 700005");
  });

  it("accepts a generated code retyped in lower case", async () => {
    const code = await f.invite({ role: "OFFICIAL" });
    const actor = await redeemInvite(f.deps, { code: code.toLowerCase(), telegramId: 700003, telegramName: "A" });
    expect(actor.role).toBe("OFFICIAL");
  });

  it("refuses a used invite", async () => {
    const code = await f.invite({ role: "OFFICIAL" });
    await redeemInvite(f.deps, { code, telegramId: 700010, telegramName: "First" });
    await expectCode(redeemInvite(f.deps, { code, telegramId: 700011, telegramName: "Second" }), "invite-used");
  });

  it("refuses an expired invite (default expiry 14 days)", async () => {
    const { code, expiresAt } = await createInvite(f.deps, systemActor, { role: "OFFICIAL", municipalityId: f.municipalityId });
    expect(expiresAt.getTime() - f.clock.now.getTime()).toBe(14 * 24 * 3600 * 1000);
    const saved = f.clock.now;
    try {
      f.clock.now = new Date(expiresAt.getTime());
      await expectCode(redeemInvite(f.deps, { code, telegramId: 700020, telegramName: "Late" }), "invite-expired");
    } finally {
      f.clock.now = saved;
    }
  });

  it("refuses a revoked invite", async () => {
    const code = await f.invite({ role: "ADMIN" });
    await revokeInvite(f.deps, systemActor, { code });
    await expectCode(redeemInvite(f.deps, { code, telegramId: 700030, telegramName: "X" }), "invite-revoked");
  });

  it("answers invite-unknown for forged and malformed codes alike", async () => {
    const codes = ["ZZZZZZZZZZZZZZ", "short", "", "has spaces in it", "<script>alert(1)</script>", "x".repeat(65), "ÄÖÜÄÖÜÄÖÜÄÖÜ"];
    // One account per code: a sixth wrong code from one account is rate-limited (next test).
    for (const [i, code] of codes.entries()) {
      await expectCode(redeemInvite(f.deps, { code, telegramId: 700040 + i, telegramName: "Forger" }), "invite-unknown");
    }
    expect(await f.db.prisma.person.count({ where: { telegramId: { gte: 700040n, lt: 700050n } } })).toBe(0);
  });

  it("counts wrong codes per Telegram account: the sixth within the hour is rate-limited, stored in the database", async () => {
    const guesser = 700080;
    for (let i = 0; i < 5; i++) await expectCode(redeemInvite(f.deps, { code: `WRONG${i}`, telegramId: guesser }), "invite-unknown");
    const good = await f.invite({ role: "METHODOLOGIST" });
    await expectCode(redeemInvite(f.deps, { code: good, telegramId: guesser }), "invite-rate-limited");
    expect(await f.db.prisma.inviteThrottle.findUnique({ where: { telegramId: BigInt(guesser) } })).toMatchObject({ failures: 5 });
    // Rate-limited attempts do not extend the window; a new window opens after the hour.
    const saved = f.clock.now;
    f.clock.now = new Date(saved.getTime() + 60 * 60_000 + 1);
    try {
      expect((await redeemInvite(f.deps, { code: good, telegramId: guesser })).role).toBe("METHODOLOGIST");
    } finally {
      f.clock.now = saved;
    }
  });

  it("refuses a Telegram account that is already a person, leaving the invite unused", async () => {
    const first = await f.invite({ role: "OFFICIAL" });
    await redeemInvite(f.deps, { code: first, telegramId: 700050, telegramName: "Once" });
    const second = await f.invite({ role: "ADMIN" });
    await expectCode(redeemInvite(f.deps, { code: second, telegramId: 700050, telegramName: "Twice" }), "already-registered");
    expect((await f.db.prisma.invite.findUniqueOrThrow({ where: { code: second } })).usedAt).toBeNull();
  });

  it("lets exactly one of two simultaneous redemptions of one code through", async () => {
    const code = await f.invite({ role: "HEAD", schoolId: f.schoolB.id });
    const results = await Promise.allSettled([
      redeemInvite(f.deps, { code, telegramId: 700060, telegramName: "Racer A" }),
      redeemInvite(f.deps, { code, telegramId: 700061, telegramName: "Racer B" }),
      redeemInvite(f.deps, { code, telegramId: 700062, telegramName: "Racer C" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "invite-used" });
    }
    expect(await f.db.prisma.person.count({ where: { telegramId: { in: [700060n, 700061n, 700062n] } } })).toBe(1);
  });

  it("lets one Telegram account redeeming two codes at once become one person", async () => {
    const [a, b] = [await f.invite({ role: "OFFICIAL" }), await f.invite({ role: "METHODOLOGIST" })];
    const results = await Promise.allSettled([
      redeemInvite(f.deps, { code: a, telegramId: 700070, telegramName: "Twin" }),
      redeemInvite(f.deps, { code: b, telegramId: 700070, telegramName: "Twin" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "already-registered" });
    expect(await f.db.prisma.person.count({ where: { telegramId: 700070n } })).toBe(1);
    // The losing invite is still usable by someone else.
    const used = await f.db.prisma.invite.count({ where: { code: { in: [a, b] }, usedAt: { not: null } } });
    expect(used).toBe(1);
  });
});

describe("createInvite", () => {
  it("requires a school for a head and forbids one otherwise", async () => {
    await expect(createInvite(f.deps, systemActor, { role: "HEAD", municipalityId: f.municipalityId })).rejects.toMatchObject({
      code: "invalid-input",
      params: { field: "schoolId" },
    });
    await expect(
      createInvite(f.deps, systemActor, { role: "OFFICIAL", municipalityId: f.municipalityId, schoolId: f.schoolA.id }),
    ).rejects.toMatchObject({ code: "invalid-input", params: { field: "schoolId" } });
  });

  it("lets an admin invite into their own municipality only; nobody else may invite", async () => {
    const admin = await f.register({ role: "ADMIN" });
    const official = await f.register({ role: "OFFICIAL" });
    const created = await createInvite(f.deps, admin, { role: "HEAD", municipalityId: f.municipalityId, schoolId: f.schoolA.id });
    const row = await f.db.prisma.invite.findUniqueOrThrow({ where: { code: created.code } });
    expect(row.createdById).toBe(admin.personId);
    await expectCode(createInvite(f.deps, official, { role: "OFFICIAL", municipalityId: f.municipalityId }), "forbidden");
    await expectCode(createInvite(f.deps, { ...admin, municipalityId: f.municipalityId + 1 }, { role: "OFFICIAL", municipalityId: f.municipalityId }), "forbidden");
  });

  it("builds the deep link Telegram opens", () => {
    expect(inviteDeepLink("@roadmap_bot", "ABCDEFGHJK")).toBe("https://t.me/roadmap_bot?start=ABCDEFGHJK");
  });
});
