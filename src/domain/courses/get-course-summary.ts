// The protocol's summary, computed by the database: distinct teachers and distinct programmes for a period,
// for the municipality and each school, split by provider, format and tag. A person or a programme counts
// once per group (COUNT DISTINCT inside each grouping set), so someone who studied at ТОИУУ and remotely is
// in both groups but once in the total — the way the protocol counts (37 + 81 > 100).
import { z } from "zod";
import type { CourseFormat, CourseProvider } from "../../generated/prisma/enums.js";
import type { DomainDeps } from "../deps.js";
import { parseInput } from "../people/parse-input.js";
import type { Caller } from "../people/system-actor.js";
import { loadSchoolFor, requireMunicipalityReader } from "./course-access.js";
import { FORMATS, PROVIDERS } from "./providers.js";
import { schoolYearOf, type Period } from "./school-year.js";

export interface Figures {
  teachers: number;
  programmes: number;
}

export interface SummaryBlock {
  total: Figures;
  byProvider: ({ provider: CourseProvider } & Figures)[];
  byFormat: ({ format: CourseFormat } & Figures)[];
  byTag: ({ tag: string } & Figures)[];
}

export interface CourseSummary {
  period: Period;
  municipality: SummaryBlock;
  schools: ({ schoolId: number; shortName: string } & SummaryBlock)[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const inputSchema = z.object({
  municipalityId: z.number().int().positive(),
  /** one school only (a head's view); all schools of the municipality otherwise */
  schoolId: z.number().int().positive().optional(),
  period: z.object({ from: isoDate, to: isoDate }).optional(),
});

interface Row {
  school: number | null;
  provider: string | null;
  format: string | null;
  tag: string | null;
  g: number;
  teachers: number;
  programmes: number;
}

// GROUPING(school, provider, format, tag) bits: 8 school, 4 provider, 2 format, 1 tag (1 = rolled up).
const DIMENSION = { total: 15, provider: 11, format: 13, tag: 14 } as const;

export async function getCourseSummary(deps: DomainDeps, caller: Caller, input: z.input<typeof inputSchema>): Promise<CourseSummary> {
  const data = parseInput(inputSchema, input);
  if (data.schoolId !== undefined) {
    const school = await loadSchoolFor(deps, caller, data.schoolId, "read");
    if (school.municipalityId !== data.municipalityId) requireMunicipalityReader(caller, school.municipalityId);
  } else requireMunicipalityReader(caller, data.municipalityId);
  const period = data.period ?? schoolYearOf(deps.now().toISOString().slice(0, 10));
  const schools = await deps.db.school.findMany({
    where: { municipalityId: data.municipalityId, ...(data.schoolId ? { id: data.schoolId } : {}) },
    select: { id: true, shortName: true },
    orderBy: [{ shortName: "asc" }, { id: "asc" }],
  });
  const rows = await querySummary(deps, schools.map((s) => s.id), period);
  const perSchool = (schoolId: number | null, gOffset: number) => block(rows.filter((r) => r.school === schoolId && r.g >= gOffset && r.g < gOffset + 8), gOffset);
  return {
    period,
    municipality: perSchool(null, 8),
    schools: schools.map((s) => ({ schoolId: s.id, shortName: s.shortName, ...perSchool(s.id, 0) })),
  };
}

function block(rows: Row[], gOffset: number): SummaryBlock {
  const of = (dim: number) => rows.filter((r) => r.g === dim - 8 + gOffset);
  const figures = (r: Row): Figures => ({ teachers: r.teachers, programmes: r.programmes });
  const total = of(DIMENSION.total)[0];
  const byProvider = of(DIMENSION.provider).map((r) => ({ provider: r.provider as CourseProvider, ...figures(r) }));
  const byFormat = of(DIMENSION.format).map((r) => ({ format: r.format as CourseFormat, ...figures(r) }));
  return {
    total: total ? figures(total) : { teachers: 0, programmes: 0 },
    byProvider: byProvider.sort((a, b) => PROVIDERS.indexOf(a.provider) - PROVIDERS.indexOf(b.provider)),
    byFormat: byFormat.sort((a, b) => FORMATS.indexOf(a.format) - FORMATS.indexOf(b.format)),
    byTag: of(DIMENSION.tag)
      .filter((r) => r.tag !== null)
      .map((r) => ({ tag: r.tag!, ...figures(r) }))
      .sort((a, b) => b.teachers - a.teachers || a.tag.localeCompare(b.tag)),
  };
}

async function querySummary(deps: DomainDeps, schoolIds: number[], period: Period): Promise<Row[]> {
  // One scan, eight grouping sets: the municipality's total and splits, and the same per school. The schools
  // come as an id array, not a join on "School": PGlite has no autovacuum, so without statistics the join was
  // planned as a nested loop over every completion per school (60 × 50,000 rows compared at 50,000
  // completions). Tried and dropped: counting in JS from id arrays (no faster: the programmes' attributes
  // cost as much to fetch as to group), and DISTINCT subqueries per dimension (hash aggregates spilled to disk).
  return deps.db.$queryRaw<Row[]>`
    WITH rows AS (
      SELECT cc."teacherId" AS teacher, cc."courseId" AS course, t."schoolId" AS school,
             c.provider::text AS provider, c.format::text AS format, g.tag AS tag
      FROM "CourseCompletion" cc
      JOIN "Teacher" t ON t.id = cc."teacherId"
      JOIN "Course" c ON c.id = cc."courseId"
      LEFT JOIN LATERAL unnest(c.tags) AS g(tag) ON true
      WHERE t."schoolId" = ANY(${schoolIds}::int[])
        AND cc."completedOn" BETWEEN ${period.from}::date AND ${period.to}::date
    )
    SELECT school, provider, format, tag,
           GROUPING(school, provider, format, tag)::int AS g,
           COUNT(DISTINCT teacher)::int AS teachers,
           COUNT(DISTINCT course)::int AS programmes
    FROM rows
    GROUP BY GROUPING SETS ((), (provider), (format), (tag), (school), (school, provider), (school, format), (school, tag))`;
}
