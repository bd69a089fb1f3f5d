import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireSchoolAccess } from "../../../src/domain/actor.js";
import { DomainError } from "../../../src/domain/errors.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { findActor } from "../../../src/domain/people/find-actor.js";
import { listPeople } from "../../../src/domain/people/list-people.js";
import { markBotBlocked } from "../../../src/domain/people/mark-bot-blocked.js";
import { revokePerson } from "../../../src/domain/people/revoke-person.js";
import { setLanguage } from "../../../src/domain/people/set-language.js";
import { systemActor } from "../../../src/domain/people/system-actor.js";
import { findSchool } from "../../../src/domain/schools/find-school.js";
import { listSchools } from "../../../src/domain/schools/list-schools.js";
import { createAccessFixture, type AccessFixture } from "./fixture.js";

let f: AccessFixture;
beforeAll(async () => {
  f = await createAccessFixture();
});
afterAll(async () => {
  await f.db.close();
});

const isCode = (code: string) => (e: unknown) => e instanceof DomainError && e.code === code;

describe("findActor", () => {
  it("finds a registered person by Telegram id and nobody for a stranger", async () => {
    const code = await f.invite({ role: "HEAD", schoolId: f.schoolA.id, displayName: "Ирина Петрова" });
    const registered = await redeemInvite(f.deps, { code, telegramId: 800001, telegramName: "I" });
    expect(await findActor(f.deps, 800001)).toEqual(registered);
    expect(await findActor(f.deps, 800001n)).toEqual(registered);
    expect(await findActor(f.deps, 899999)).toBeNull();
  });

  it("throws access-revoked for a revoked person, from the next update on", async () => {
    const code = await f.invite({ role: "OFFICIAL" });
    const actor = await redeemInvite(f.deps, { code, telegramId: 800002, telegramName: "Soon gone" });
    const result = await revokePerson(f.deps, systemActor, { personId: actor.personId });
    expect(result).toMatchObject({ id: actor.personId, changed: true, revokedAt: f.clock.now });
    await expect(findActor(f.deps, 800002)).rejects.toSatisfy(isCode("access-revoked"));
    // Revoking twice changes nothing and says so.
    expect((await revokePerson(f.deps, systemActor, { personId: actor.personId })).changed).toBe(false);
    const audit = await f.db.prisma.auditLog.count({ where: { action: "person.revoke", entityId: String(actor.personId) } });
    expect(audit).toBe(1);
  });
});

describe("people", () => {
  it("lists people with revoked and blocked flags; heads may not list", async () => {
    const head = await f.register({ role: "HEAD", schoolId: f.schoolB.id, displayName: "Сергей Николаев" });
    await markBotBlocked(f.deps, { personId: head.personId });
    const heads = await listPeople(f.deps, systemActor, { municipalityId: f.municipalityId, role: "HEAD", schoolId: f.schoolB.id });
    expect(heads).toEqual([
      expect.objectContaining({ id: head.personId, displayName: "Сергей Николаев", schoolShortName: "СОШ №2", botBlocked: true, revoked: false }),
    ]);
    const all = await listPeople(f.deps, systemActor, { municipalityId: f.municipalityId });
    expect(all.some((p) => p.revoked)).toBe(true);
    await expect(listPeople(f.deps, head, { municipalityId: f.municipalityId })).rejects.toSatisfy(isCode("forbidden"));
  });

  it("marks and clears a blocked bot once, by Telegram id or person id", async () => {
    const code = await f.invite({ role: "METHODOLOGIST" });
    const actor = await redeemInvite(f.deps, { code, telegramId: 800003, telegramName: "M" });
    expect(await markBotBlocked(f.deps, { telegramId: 800003 })).toEqual({ changed: true });
    expect(await markBotBlocked(f.deps, { telegramId: 800003 })).toEqual({ changed: false });
    expect(await markBotBlocked(f.deps, { personId: actor.personId, blocked: false })).toEqual({ changed: true });
    expect(await markBotBlocked(f.deps, { telegramId: 899998 })).toEqual({ changed: false });
  });

  it("sets the language of the person", async () => {
    const actor = await f.register({ role: "OFFICIAL" });
    expect(await setLanguage(f.deps, actor, "en")).toEqual({ ...actor, language: "en" });
    expect((await f.db.prisma.person.findUniqueOrThrow({ where: { id: actor.personId } })).language).toBe("en");
    await expect(setLanguage(f.deps, actor, "de" as "en")).rejects.toSatisfy(isCode("invalid-input"));
  });

  it("an admin cannot revoke themselves nor someone of another municipality", async () => {
    const admin = await f.register({ role: "ADMIN" });
    await expect(revokePerson(f.deps, admin, { personId: admin.personId })).rejects.toSatisfy(isCode("forbidden"));
    const stranger = { ...admin, municipalityId: f.municipalityId + 100 };
    const target = await f.register({ role: "OFFICIAL" });
    await expect(revokePerson(f.deps, stranger, { personId: target.personId })).rejects.toSatisfy(isCode("forbidden"));
  });
});

describe("scope", () => {
  it("a head of school A asking for school B is refused", async () => {
    const head = await f.register({ role: "HEAD", schoolId: f.schoolA.id });
    expect(() => requireSchoolAccess(head, f.schoolA)).not.toThrow();
    expect(() => requireSchoolAccess(head, f.schoolB)).toThrow(DomainError);
    await expect(findSchool(f.deps, head, { municipalityId: f.municipalityId, ref: f.schoolB.id })).rejects.toSatisfy(isCode("forbidden"));
    expect(await findSchool(f.deps, head, { municipalityId: f.municipalityId, ref: "сош №1" })).toEqual(f.schoolA);
    expect(await listSchools(f.deps, head, { municipalityId: f.municipalityId })).toEqual([f.schoolA]);
  });

  it("staff see every school of their municipality and none of another", async () => {
    const methodologist = await f.register({ role: "METHODOLOGIST" });
    expect(() => requireSchoolAccess(methodologist, f.schoolB)).not.toThrow();
    expect(await listSchools(f.deps, methodologist, { municipalityId: f.municipalityId })).toHaveLength(2);
    const elsewhere = { ...methodologist, municipalityId: f.municipalityId + 1 };
    expect(() => requireSchoolAccess(elsewhere, f.schoolA)).toThrow(DomainError);
    await expect(listSchools(f.deps, elsewhere, { municipalityId: f.municipalityId })).rejects.toSatisfy(isCode("forbidden"));
  });
});
