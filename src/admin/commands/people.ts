import { listPeople } from "../../domain/people/list-people.js";
import { restorePerson } from "../../domain/people/restore-person.js";
import { revokePerson } from "../../domain/people/revoke-person.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { formatLocal } from "../../domain/time/zoned-time.js";
import { optionalString, parseRole, positiveInt, requiredString, roleLabel, table, type CliCommand } from "../command.js";
import { resolveMunicipality, resolveSchool } from "./resolve.js";

export const peopleCommands: CliCommand[] = [
  {
    name: "people:list",
    usage: "--municipality <id|name> [--role head|methodologist|official|admin] [--school <id|short name>]",
    summary: "list the registered people of a municipality, revoked ones included",
    options: { municipality: { type: "string" }, role: { type: "string" }, school: { type: "string" } },
    fields: { municipality: "--municipality", municipalityId: "--municipality", role: "--role", school: "--school", schoolId: "--school" },
    async run(ctx, values) {
      const roleText = optionalString(values, "role");
      const role = roleText === undefined ? undefined : parseRole(roleText);
      const schoolRef = optionalString(values, "school");
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const school = schoolRef === undefined ? undefined : await resolveSchool(deps, municipality.id, schoolRef);
      const people = await listPeople(deps, systemActor, {
        municipalityId: municipality.id,
        ...(role ? { role } : {}),
        ...(school ? { schoolId: school.id } : {}),
      });
      if (people.length === 0) {
        ctx.out(`No people in ${municipality.name}${role || school ? " with these filters" : ""}. Invite them: npm run admin -- invite:create …`);
        return;
      }
      table([
        ["ID", "ROLE", "NAME", "SCHOOL", "TELEGRAM", "LANG", "STATUS"],
        ...people.map((p) => [
          String(p.id),
          roleLabel(p.role),
          p.displayName,
          p.schoolShortName ?? "-",
          p.telegramId === null ? "-" : String(p.telegramId),
          p.language,
          p.revokedAt
            ? `revoked ${formatLocal(p.revokedAt, municipality.timeZone, false)}`
            : p.botBlocked
              ? "blocked the bot"
              : "active",
        ]),
      ]).forEach((l) => ctx.out(l));
    },
  },
  {
    name: "people:revoke",
    usage: "--id <personId>",
    summary: "withdraw a person's access (effective from their next message to the bot)",
    options: { id: { type: "string" } },
    fields: { personId: "--id", person: "--id" },
    async run(ctx, values) {
      const personId = positiveInt("--id", requiredString(values, "id"));
      const result = await revokePerson(await ctx.deps(), systemActor, { personId });
      ctx.out(
        result.changed
          ? `Revoked access of ${result.id} ${result.displayName}.`
          : `${result.id} ${result.displayName} had already been revoked (${result.revokedAt.toISOString()}).`,
      );
    },
  },
  {
    name: "people:restore",
    usage: "--id <personId>",
    summary: "give a revoked person their access back, on the same Telegram account",
    options: { id: { type: "string" } },
    fields: { personId: "--id", person: "--id" },
    async run(ctx, values) {
      const personId = positiveInt("--id", requiredString(values, "id"));
      const result = await restorePerson(await ctx.deps(), systemActor, { personId });
      ctx.out(result.changed ? `Restored access of ${result.id} ${result.displayName}.` : `${result.id} ${result.displayName} was not revoked; nothing changed.`);
    },
  },
];
