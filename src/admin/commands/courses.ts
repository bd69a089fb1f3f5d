// Admin CLI for the course catalogue and teachers: course:add, course:list, teacher:import, course:summary.
import { readFile } from "node:fs/promises";
import { createCourse } from "../../domain/courses/create-course.js";
import { getCourseSummary } from "../../domain/courses/get-course-summary.js";
import { listCourses } from "../../domain/courses/list-courses.js";
import { FORMATS, parseFormat, parseProvider, PROVIDER_LABEL, PROVIDERS } from "../../domain/courses/providers.js";
import { schoolYearOf } from "../../domain/courses/school-year.js";
import { systemActor } from "../../domain/people/system-actor.js";
import { importTeachers } from "../../domain/teachers/import-teachers.js";
import { CliUsageError, optionalString, positiveInt, requiredString, table, type CliCommand } from "../command.js";
import { resolveMunicipality, resolveSchool } from "./resolve.js";

export const courseCommands: CliCommand[] = [
  {
    name: "course:add",
    usage: '--municipality <id|name> --title "…" --provider ТОИУУ|ИРО|"РИПК и ППРО"|ЦНППМПР|"Академия Минпросвещения"|other [--provider-name "…"] --hours 36 --format очно|дистанционно|очно-заочно [--tags federal-priority,personalised,topic:…]',
    summary: "add a course (programme) to the municipality's catalogue",
    options: {
      municipality: { type: "string" },
      title: { type: "string" },
      provider: { type: "string" },
      "provider-name": { type: "string" },
      hours: { type: "string" },
      format: { type: "string" },
      tags: { type: "string" },
    },
    fields: { title: "--title", provider: "--provider", hours: "--hours", format: "--format", tags: "--tags" },
    async run(ctx, values) {
      const provider = parseProvider(requiredString(values, "provider"));
      if (!provider) throw new CliUsageError("--provider", `expected one of ${PROVIDERS.map((p) => PROVIDER_LABEL[p]).join(", ")}`);
      const format = parseFormat(requiredString(values, "format"));
      if (!format) throw new CliUsageError("--format", `expected one of очно, дистанционно, очно-заочно (${FORMATS.join(", ")})`);
      const hours = positiveInt("--hours", requiredString(values, "hours"));
      const tags = (optionalString(values, "tags") ?? "").split(",").map((t) => t.trim()).filter(Boolean);
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const course = await createCourse(deps, systemActor, {
        municipalityId: municipality.id,
        title: requiredString(values, "title"),
        provider,
        providerName: optionalString(values, "provider-name") ?? null,
        hours,
        format,
        tags,
      });
      ctx.out(`Course #${course.id} in the catalogue of ${municipality.name}: ${course.title} (${course.providerLabel}, ${course.hours} h)`);
    },
  },
  {
    name: "course:list",
    usage: "--municipality <id|name>",
    summary: "list the catalogue a municipality sees; courses added by schools are marked",
    options: { municipality: { type: "string" } },
    async run(ctx, values) {
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const courses = await listCourses(deps, systemActor, { municipalityId: municipality.id });
      const rows = [["id", "provider", "format", "hours", "tags", "title"]];
      for (const c of courses) {
        rows.push([String(c.id), c.providerLabel, c.format.toLowerCase(), String(c.hours), c.tags.join(",") || "-", `${c.title}${c.addedBySchoolId ? " [added by a school]" : ""}`]);
      }
      for (const line of table(rows)) ctx.out(line);
    },
  },
  {
    name: "teacher:import",
    usage: "--municipality <id|name> --school <id|short name> --file teachers.xlsx|.csv",
    summary: "add a school's teachers from a file (ФИО, Должность, Год начала стажа); all or nothing",
    options: { municipality: { type: "string" }, school: { type: "string" }, file: { type: "string" } },
    async run(ctx, values) {
      const path = requiredString(values, "file");
      const bytes = await readFile(path).catch(() => {
        throw new CliUsageError("--file", `cannot read ${path}`);
      });
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const school = await resolveSchool(deps, municipality.id, requiredString(values, "school"));
      const result = await importTeachers(deps, systemActor, { schoolId: school.id, fileName: path, bytes: new Uint8Array(bytes) });
      if (result.fileProblem) {
        ctx.err(`${path}: ${result.fileProblem}`);
        return 1;
      }
      if (result.errors.length) {
        for (const e of result.errors) ctx.err(`line ${e.line}: ${e.message}`);
        ctx.err("nothing imported");
        return 1;
      }
      ctx.out(`${school.shortName}: ${result.created} teachers added, ${result.unchanged} already on the list`);
    },
  },
  {
    name: "course:summary",
    usage: "--municipality <id|name> [--from 2022-09-01 --to 2023-08-31]",
    summary: "distinct teachers and programmes for a period, by provider and format (the current school year by default)",
    options: { municipality: { type: "string" }, from: { type: "string" }, to: { type: "string" } },
    async run(ctx, values) {
      const deps = await ctx.deps();
      const municipality = await resolveMunicipality(deps, values);
      const from = optionalString(values, "from");
      const to = optionalString(values, "to");
      const period = from && to ? { from, to } : schoolYearOf(deps.now().toISOString().slice(0, 10));
      const s = await getCourseSummary(deps, systemActor, { municipalityId: municipality.id, period });
      const rows = [["group", "teachers", "programmes"], ["total", String(s.municipality.total.teachers), String(s.municipality.total.programmes)]];
      for (const p of s.municipality.byProvider) rows.push([PROVIDER_LABEL[p.provider], String(p.teachers), String(p.programmes)]);
      for (const f of s.municipality.byFormat) rows.push([f.format.toLowerCase(), String(f.teachers), String(f.programmes)]);
      ctx.out(`${municipality.name}, ${period.from} – ${period.to}`);
      for (const line of table(rows)) ctx.out(line);
    },
  },
];
