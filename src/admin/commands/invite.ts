import { createInvite } from "../../domain/invites/create-invite.js";
import { inviteDeepLink } from "../../domain/invites/invite-code.js";
import { listInvites } from "../../domain/invites/list-invites.js";
import { revokeInvite } from "../../domain/invites/revoke-invite.js";
import type { InviteStatus } from "../../domain/invites/invite-view.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import { CliUsageError, optionalString, parseRole, positiveInt, requiredString, roleLabel, table, type CliCommand } from "../command.js";
import { resolveMunicipality, resolveSchool } from "./resolve.js";

const STATUSES: InviteStatus[] = ["active", "used", "expired", "revoked"];

export const inviteCommands: CliCommand[] = [
  {
    name: "invite:create",
    usage:
      '--municipality <id|name> --role head|methodologist|official|admin [--school <id|short name>] [--name "Ирина Петрова"] [--days 14] [--bot-username roadmap_bot]',
    summary: "create a single-use invite; a head's invite names their school",
    options: {
      municipality: { type: "string" },
      role: { type: "string" },
      school: { type: "string" },
      name: { type: "string" },
      days: { type: "string" },
      "bot-username": { type: "string" },
    },
    fields: {
      municipality: "--municipality",
      municipalityId: "--municipality",
      role: "--role",
      school: "--school",
      schoolId: "--school",
      displayName: "--name",
      expiresInDays: "--days",
    },
    async run(ctx, values) {
      const role = parseRole(requiredString(values, "role"));
      const schoolRef = optionalString(values, "school");
      const displayName = optionalString(values, "name");
      const daysText = optionalString(values, "days");
      const days = daysText === undefined ? undefined : positiveInt("--days", daysText);
      const botUsername = optionalString(values, "bot-username")?.replace(/^@/, "");
      if (botUsername !== undefined && !/^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(botUsername)) {
        throw new CliUsageError("--bot-username", `"${botUsername}" is not a Telegram bot username`);
      }
      if (role === "HEAD" && schoolRef === undefined) throw new CliUsageError("--school", "a head's invite needs a school (id or short name)");
      if (role !== "HEAD" && schoolRef !== undefined) throw new CliUsageError("--school", "only a head's invite names a school");

      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const school = schoolRef === undefined ? undefined : await resolveSchool(deps, municipality.id, schoolRef);
      const invite = await createInvite(deps, systemActor, {
        role,
        municipalityId: municipality.id,
        schoolId: school?.id ?? null,
        displayName: displayName ?? null,
        ...(days === undefined ? {} : { expiresInDays: days }),
      });
      const who = [roleLabel(role), school ? `of ${school.shortName}` : undefined, invite.displayName ? `«${invite.displayName}»` : undefined]
        .filter(Boolean)
        .join(" ");
      ctx.out(`Invite for ${who}, ${municipality.name}`);
      ctx.out(`Expires: ${formatLocal(invite.expiresAt, municipality.timeZone)} (${municipality.timeZone}); single use`);
      ctx.out(`Code: ${invite.code}`);
      ctx.out(`Or send the bot: ${invite.startCommand}`);
      ctx.out(botUsername ? `Deep link: ${inviteDeepLink(botUsername, invite.code)}` : "Deep link: add --bot-username <bot> to print it");
    },
  },
  {
    name: "invite:list",
    usage: "[--municipality <id|name>] [--status active|used|expired|revoked]",
    summary: "list invites, newest first",
    options: { municipality: { type: "string" }, status: { type: "string" } },
    fields: { municipality: "--municipality", municipalityId: "--municipality", status: "--status" },
    async run(ctx, values) {
      const status = optionalString(values, "status");
      if (status !== undefined && !STATUSES.includes(status as InviteStatus)) {
        throw new CliUsageError("--status", `expected ${STATUSES.join(", ")}, got "${status}"`);
      }
      const deps = await ctx.deps();
      const municipality = values.municipality === undefined ? undefined : await resolveMunicipality(deps, values);
      const invites = await listInvites(deps, systemActor, {
        ...(municipality ? { municipalityId: municipality.id } : {}),
        ...(status ? { status: status as InviteStatus } : {}),
      });
      if (invites.length === 0) {
        ctx.out("No invites.");
        return;
      }
      table([
        ["CODE", "ROLE", "STATUS", "MUNICIPALITY", "SCHOOL", "NAME", "EXPIRES"],
        ...invites.map((i) => [
          i.code,
          roleLabel(i.role),
          i.status === "used" && i.usedByName ? `used by ${i.usedByName}` : i.status,
          i.municipalityName,
          i.schoolShortName ?? "-",
          i.displayName ?? "-",
          formatLocal(i.expiresAt, i.municipalityTimeZone),
        ]),
      ]).forEach((l) => ctx.out(l));
    },
  },
  {
    name: "invite:revoke",
    usage: "--code <code>",
    summary: "withdraw an unused invite",
    options: { code: { type: "string" } },
    fields: { code: "--code" },
    async run(ctx, values) {
      const code = requiredString(values, "code");
      const invite = await revokeInvite(await ctx.deps(), systemActor, { code });
      ctx.out(`Revoked invite ${invite.code} (${roleLabel(invite.role)}).`);
    },
  },
];
