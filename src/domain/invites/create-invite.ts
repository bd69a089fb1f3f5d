// An ADMIN invites anyone into their own municipality; the system (admin CLI, demo seed) anywhere.
import { z } from "zod";
import { visibleText } from "../text/visible-text.js";
import { Role } from "../../generated/prisma/enums.js";
import { recordAudit } from "../audit/record-audit.js";
import type { DomainDeps } from "../deps.js";
import { DomainError } from "../errors.js";
import { invalidInput } from "../input-error.js";
import { isUniqueViolation } from "../is-unique-violation.js";
import { parseInput } from "../people/parse-input.js";
import { auditActorId, requireAdminOf, type Caller } from "../people/system-actor.js";
import { generateInviteCode, INVITE_CODE_SHAPE, inviteStartCommand } from "./invite-code.js";
export { inviteDeepLink } from "./invite-code.js";

export const DEFAULT_INVITE_DAYS = 14;
export const MAX_INVITE_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

const inputSchema = z
  .object({
    role: z.enum(Role),
    municipalityId: z.number().int().positive(),
    schoolId: z.number().int().positive().nullish(),
    displayName: visibleText({ min: 0, max: 100 }).nullish(),
    expiresInDays: z
      .number()
      .int("not-whole")
      .min(1, "too-few-days")
      .max(MAX_INVITE_DAYS, "too-many-days")
      .default(DEFAULT_INVITE_DAYS),
  })
  .superRefine((input, ctx) => {
    if (input.role === "HEAD" && !input.schoolId) {
      ctx.addIssue({ code: "custom", path: ["schoolId"], message: "head-invite-needs-school" });
    }
    if (input.role !== "HEAD" && input.schoolId) {
      ctx.addIssue({ code: "custom", path: ["schoolId"], message: "school-only-for-head" });
    }
  });

export type CreateInviteInput = z.input<typeof inputSchema>;

export interface CreatedInvite {
  id: number;
  code: string;
  role: Role;
  municipalityId: number;
  schoolId: number | null;
  displayName: string | null;
  expiresAt: Date;
  /** "/start <code>", for a person who types it */
  startCommand: string;
}
// The deep link needs the bot's username, which the domain does not know: inviteDeepLink(botUsername, code).

export async function createInvite(
  deps: DomainDeps,
  caller: Caller,
  input: CreateInviteInput,
  /** The demo seed's stable codes; everything else gets a random one. */
  options: { code?: string } = {},
): Promise<CreatedInvite> {
  const data = parseInput(inputSchema, input);
  requireAdminOf(caller, data.municipalityId);
  if (options.code !== undefined && !INVITE_CODE_SHAPE.test(options.code)) {
    throw invalidInput("code", "bad-invite-code");
  }
  await checkPlace(deps, data.municipalityId, data.schoolId);
  const expiresAt = new Date(deps.now().getTime() + data.expiresInDays * DAY_MS);

  // A random 14-character code practically never collides; retry once or twice rather than reason about it.
  for (let attempt = 0; ; attempt++) {
    const code = options.code ?? generateInviteCode();
    try {
      const invite = await deps.db.$transaction(async (tx) => {
        const created = await tx.invite.create({
          data: {
            code,
            role: data.role,
            municipalityId: data.municipalityId,
            schoolId: data.schoolId ?? null,
            displayName: data.displayName || null,
            createdById: auditActorId(caller),
            expiresAt,
          },
        });
        await recordAudit(tx, {
          at: deps.now(),
          actorId: auditActorId(caller),
          action: "invite.create",
          entity: "Invite",
          entityId: created.id,
          // The code itself stays out of the log: it is a credential until used.
          data: { role: created.role, municipalityId: created.municipalityId, schoolId: created.schoolId, expiresAt: expiresAt.toISOString() },
        });
        return created;
      });
      return {
        id: invite.id,
        code: invite.code,
        role: invite.role,
        municipalityId: invite.municipalityId,
        schoolId: invite.schoolId,
        displayName: invite.displayName,
        expiresAt: invite.expiresAt,
        startCommand: inviteStartCommand(invite.code),
      };
    } catch (error) {
      const duplicate = isUniqueViolation(error);
      if (!duplicate) throw error;
      if (options.code !== undefined) throw new DomainError("conflict", { field: "code", problem: "an invite with this code exists" });
      if (attempt >= 2) throw error;
    }
  }
}

/** The municipality exists and the school, if any, is one of its own. */
async function checkPlace(deps: DomainDeps, municipalityId: number, schoolId: number | null | undefined): Promise<void> {
  const municipality = await deps.db.municipality.findUnique({ where: { id: municipalityId }, select: { id: true } });
  if (!municipality) throw new DomainError("not-found", { entity: "municipality", ref: String(municipalityId) });
  if (!schoolId) return;
  const school = await deps.db.school.findUnique({ where: { id: schoolId }, select: { municipalityId: true } });
  if (!school || school.municipalityId !== municipalityId) throw invalidInput("schoolId", "unknown-school");
}
