// The shared catalogue (Indicator.municipalityId = null): the indicators the roadmaps in seeds/ name.
// Titles follow the wording of the documents; help lines tell a head what to type.
import type { IndicatorKind } from "../../generated/prisma/enums.js";

export interface CatalogueIndicator {
  code: string;
  kind: IndicatorKind;
  titleRu: string;
  titleEn: string;
  helpRu: string;
  helpEn: string;
  integer: boolean;
  minValue: number | null;
  maxValue: number | null;
  position: number;
}

/** No school has more staff than this; a larger figure is a typo. */
const MAX_PEOPLE = 2000;
/** Longest free-text answer, in characters. */
const MAX_COMMENT = 1000;

const share = (code: string, titleRu: string, titleEn: string, helpRu: string, helpEn: string) =>
  ({ code, kind: "SHARE", titleRu, titleEn, helpRu, helpEn, integer: true, minValue: 0, maxValue: MAX_PEOPLE }) as const;
const count = (code: string, titleRu: string, titleEn: string, helpRu: string, helpEn: string, max: number) =>
  ({ code, kind: "COUNT", titleRu, titleEn, helpRu, helpEn, integer: true, minValue: 0, maxValue: max }) as const;
const act = (code: string, titleRu: string, titleEn: string) =>
  ({
    code,
    kind: "BOOLEAN",
    titleRu,
    titleEn,
    helpRu: "Ответьте «да» или «нет».",
    helpEn: "Answer “yes” or “no”.",
    integer: true,
    minValue: null,
    maxValue: null,
  }) as const;

const ENTRIES = [
  share(
    "DEFICIT_DIAGNOSTICS_SHARE",
    "Доля педагогических работников, прошедших диагностику профессиональных дефицитов",
    "Share of teachers who passed diagnostics of professional deficits",
    "Сколько педагогов прошли диагностику из общего числа педагогов ОО, например: 12 из 40.",
    "Teachers diagnosed out of all teachers of the school, e.g. 12 of 40.",
  ),
  count(
    "PERSONALISED_TRAINING_COUNT",
    "Количество педагогов, прошедших повышение квалификации по персонифицированным программам профессионального роста",
    "Number of teachers trained on personalised professional development programmes",
    "Число педагогов за период, например: 7.",
    "Number of teachers in the period, e.g. 7.",
    MAX_PEOPLE,
  ),
  share(
    "ATTESTATION_SHARE",
    "Доля педагогов, прошедших аттестацию",
    "Share of teachers who passed attestation",
    "Сколько педагогов прошли аттестацию из общего числа педагогов ОО, например: 5 из 40.",
    "Teachers attested out of all teachers of the school, e.g. 5 of 40.",
  ),
  share(
    "MUNICIPAL_EVENTS_SHARE",
    "Доля педагогов, принявших участие в муниципальных методических мероприятиях",
    "Share of teachers who took part in municipal methodological events",
    "Сколько педагогов участвовали из общего числа педагогов ОО, например: 25 из 40.",
    "Participants out of all teachers of the school, e.g. 25 of 40.",
  ),
  act(
    "ACT_METHODOLOGICAL_ASSOCIATIONS",
    "Наличие нормативного акта о деятельности методических объединений",
    "An act on methodological associations is in force",
  ),
  act(
    "ACT_YOUNG_TEACHERS_SUPPORT",
    "Наличие нормативного акта о поддержке молодых педагогов",
    "An act on support of young teachers is in force",
  ),
  act("ACT_MENTORING", "Наличие нормативного акта о наставничестве", "An act on mentoring is in force"),
  count(
    "MENTORING_PROGRAMMES_COUNT",
    "Количество программ наставничества, реализуемых в ОО",
    "Number of mentoring programmes in the school",
    "Число программ, например: 3.",
    "Number of programmes, e.g. 3.",
    500,
  ),
  share(
    "YOUNG_TEACHERS_SUPPORT_SHARE",
    "Доля молодых педагогов, охваченных мерами поддержки",
    "Share of young teachers covered by support measures",
    "Сколько молодых педагогов охвачено из общего числа молодых педагогов, например: 3 из 4 (нет молодых — 0 из 0).",
    "Young teachers covered out of all young teachers, e.g. 3 of 4 (none: 0 of 0).",
  ),
  share(
    "PROFESSIONAL_NETWORKS_SHARE",
    "Доля педагогов, участвующих в профессиональных сетевых сообществах",
    "Share of teachers in professional networks",
    "Сколько педагогов участвуют из общего числа педагогов ОО, например: 10 из 40.",
    "Members out of all teachers of the school, e.g. 10 of 40.",
  ),
  share(
    "YOUNG_TEACHERS_SHARE",
    "Доля педагогов со стажем работы менее трёх лет",
    "Share of teachers with under three years of experience",
    "Сколько педагогов со стажем менее трёх лет из общего числа педагогов ОО, например: 4 из 40.",
    "Teachers with under three years out of all teachers of the school, e.g. 4 of 40.",
  ),
  share(
    "EDUCATION_MATCH_SHARE",
    "Доля педагогов, образование которых соответствует профилю преподаваемого предмета",
    "Share of teachers whose education matches the subject they teach",
    "Сколько педагогов из общего числа педагогов ОО, например: 36 из 40.",
    "Matching teachers out of all teachers of the school, e.g. 36 of 40.",
  ),
  {
    code: "MAIN_DIFFICULTIES_TEXT",
    kind: "TEXT",
    titleRu: "Основные затруднения и комментарии",
    titleEn: "Main difficulties and comments",
    helpRu: "Коротко, своими словами. Если затруднений нет, напишите «нет».",
    helpEn: "Briefly, in your own words. If there are none, write “none”.",
    integer: false,
    minValue: null,
    maxValue: MAX_COMMENT,
  },
] as const;

// Positions in steps of ten leave room for a municipality's own indicators in between.
export const DEFAULT_INDICATORS: readonly CatalogueIndicator[] = ENTRIES.map((entry, index) => ({
  ...entry,
  position: (index + 1) * 10,
}));
