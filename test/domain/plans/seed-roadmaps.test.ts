// The three roadmaps of ../shared/seeds/docx imported as a methodologist would send them, every item compared
// with what a person reading the document would write down: number, section, text, schedule, responsible.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanFile } from "../../../src/domain/plans/document/read-plan-file.js";
import { readPeriod } from "../../../src/domain/plans/schedule/plan-period.js";
import { schedule, unread, type Schedule } from "../../../src/domain/plans/schedule/schedule.js";
import { understandPlan, type UnderstoodPlan } from "../../../src/domain/plans/understand-plan.js";

// Copies of ../shared/seeds/docx kept in the repo, so the tests and the demo run wherever the repo is.
const SEEDS = new URL("../../../seeds/roadmaps/", import.meta.url);

async function importSeed(name: string): Promise<UnderstoodPlan> {
  const parsed = await readPlanFile(readFileSync(new URL(`roadmap-${name}.docx`, SEEDS)), `roadmap-${name}.docx`);
  const period = readPeriod(parsed.title ?? "");
  expect(period).not.toBeNull();
  return understandPlan(parsed, period!);
}

interface Expected {
  number: string | null;
  section: string | null;
  text: string;
  scheduleText: string;
  schedule: Schedule;
  /** "KIND:text as written" */
  responsible: string[];
  result?: string | null;
}

function simplify(plan: UnderstoodPlan): Expected[] {
  return plan.items.map((i) => ({
    number: i.number,
    section: i.section,
    text: i.text,
    scheduleText: i.scheduleText,
    schedule: i.schedule,
    responsible: i.responsible.map((r) => `${r.kind}:${r.text}`),
    result: i.result,
  }));
}

const month = (y: number, m: number, last: number) =>
  schedule("RANGE", { startsOn: `${y}-${String(m).padStart(2, "0")}-01`, dueOn: `${y}-${String(m).padStart(2, "0")}-${last}` });

describe("Лихославль: a one-year plan by stage of the management cycle, no numbers", () => {
  const GOALS = "Определение целей";
  const MOUO = "OFFICIALS:MOУO"; // typed with Latin M and O in the document
  const BOTH = [MOUO, "SCHOOL_HEADS:ОО"];
  const expected: Expected[] = [
    {
      number: null,
      section: GOALS,
      text: "Заключение Соглашения с ГБОУ ТОИУУ о взаимодействии по сопровождению непрерывного профессионального развития педагогических и руководящих работников",
      scheduleText: "декабрь 2022 - январь 2023",
      schedule: schedule("RANGE", { startsOn: "2022-12-01", dueOn: "2023-01-31" }),
      responsible: [MOUO],
    },
    {
      number: null,
      section: GOALS,
      text: "Распространение педагогических практик и инноваций: на заседаниях районных методических объединений; участие педагогических работников в муниципальном этапе конкурса «Учитель года»; создание муниципальной методической копилки",
      scheduleText: "в течение года\nфевраль 2023\nв течение года",
      schedule: unread("several"),
      responsible: BOTH,
    },
    {
      number: null,
      section: GOALS,
      text: "Проведение совещания по вопросу мотивации педагогических и руководящих работников на обновление профессиональных знаний, умений и навыков, и использования передовых педагогических практик",
      scheduleText: "апрель 2023",
      schedule: month(2023, 4, 30),
      responsible: BOTH,
    },
    {
      number: null,
      section: "Определение показателей, методов сбора информации",
      text: "Утверждение Положения о мониторинге профессионального образования педагогических и руководящих работников Лихославльского района",
      scheduleText: "Август 2023",
      schedule: month(2023, 8, 31),
      responsible: [MOUO],
    },
    {
      number: null,
      section: "Осуществление мониторинга",
      text: "Проведение мониторинга профессионального образования педагогических и руководящих работников",
      scheduleText: "ежеквартально",
      schedule: schedule("QUARTERLY"),
      responsible: BOTH,
    },
    {
      number: null,
      section: "Анализ результатов мониторинга, подготовка адресных рекомендаций",
      text: "Анализ результатов мониторинга профессионального образования педагогических и руководящих работников за 2020-2021 год и подготовка адресных рекомендаций",
      scheduleText: "июль 2023",
      schedule: month(2023, 7, 31),
      responsible: BOTH,
    },
    {
      number: null,
      section: "Принятие мер, управленческих решений",
      text: "Вынесение вопроса на совещание директоров при Отделе образования Администрации Лихославльского района по принятию мер, управленческих решений по результатам мониторинга",
      scheduleText: "июль 2023",
      schedule: month(2023, 7, 31),
      responsible: [MOUO],
    },
    {
      number: null,
      section: "Принятие мер, управленческих решений",
      text: "Разработка Плана мероприятий и Положения о мониторинге профессионального образования педагогических и руководящих работников Лихославльского района на 2021- 2022 учебный год",
      scheduleText: "октябрь 2023",
      schedule: month(2023, 10, 31),
      responsible: [MOUO],
    },
    {
      number: null,
      section: "Анализ эффективности принятых мер",
      text: "Информационная справка об эффективности принятых мер",
      scheduleText: "декабрь 2023",
      schedule: month(2023, 12, 31),
      responsible: [MOUO],
    },
  ].map((e) => ({ ...e, result: null }));

  it("reads the period, six sections and every item as written", async () => {
    const plan = await importSeed("likhoslavl");
    expect(plan.period).toEqual({ start: "2022-09-01", end: "2023-08-31", schoolYears: true });
    expect(plan.columns.map((c) => c.role)).toEqual(["text", "schedule", "responsible"]);
    expect(plan.sections).toHaveLength(6);
    expect(simplify(plan)).toEqual(expected);
  });

  it("reports the one phrase it cannot read and the deadlines after the school year, line by line", async () => {
    const plan = await importSeed("likhoslavl");
    expect(plan.problems.map((p) => [p.kind, p.row, "text" in p ? p.text : ""])).toEqual([
      ["schedule", 4, "в течение года\nфевраль 2023\nв течение года"],
      ["outside-period", 14, "октябрь 2023"],
      ["outside-period", 16, "декабрь 2023"],
    ]);
    const quarterly = plan.items.find((i) => i.scheduleText === "ежеквартально")!;
    expect(quarterly.dates).toEqual(["2022-09-30", "2022-12-31", "2023-03-31", "2023-06-30"]);
  });
});

describe("Дальнереченск: a numbered plan with results, a named person and the heads of schools", () => {
  const WHOLE = schedule("RANGE", { startsOn: "2022-01-01", dueOn: "2025-12-31" });
  const PERSON_AND_HEADS = ["PERSON:Абдуллаева Л.Г.", "SCHOOL_HEADS:руководители ОО"];
  const training = (number: string, text: string, result: string): Expected => ({
    number,
    section: null,
    text,
    scheduleText: "2022-2025 г.",
    schedule: WHOLE,
    responsible: PERSON_AND_HEADS,
    result,
  });
  const expected: Expected[] = [
    {
      number: "1",
      section: null,
      text: "Разработка и утверждение «дорожной карты» по развитию муниципальной системы обеспечения профессионального развития педагогических кадров",
      scheduleText: "март 2022 г.",
      schedule: month(2022, 3, 31),
      responsible: ["PERSON:Абдуллаева Л.Г."],
      result: "Приказ, дорожная карта",
    },
    training("2", "Обучение по дополнительным профессиональным программам повышения квалификации с учетом результатов диагностики профессиональных дефицитов учителей", "График прохождения обучения"),
    training("3", "Обучение по дополнительным профессиональным программам повышения квалификации с учетом результатов диагностики предметных дефицитов обучающихся", "График прохождения обучения"),
    training("4", "Обучение по дополнительным профессиональным программам повышения квалификации в области педагогических измерений и оценки качества образования", "График прохождения обучения"),
    training("5", "Участие в семинарах по точечным дефицитам педагогов и обучающихся, выявленных в ходе мониторинговых исследований", "Приказ"),
    training("6", "Использование в работе региональных показателей мониторинга системы повышения квалификации педагогов и руководителей ОО", "Приказ, протокол"),
    training(
      "7",
      "Повышение квалификации педагогов и руководителей ОО в области оценки качества образования, анализа и использования результатов оценочных процедур (курсы повышения квалификации, семинары)",
      "График прохождения курсов повышения квалификации педагогов и руководителей ОО",
    ),
    training("8", "Осуществление мониторинга показателей системы повышения квалификации педагогов", "Мониторинг повышения квалификации педагогов"),
    {
      number: "9",
      section: null,
      text: "Повышение квалификации специалистов по совершенствованию механизмов управления качеством образования на муниципальном уровне",
      scheduleText: "2022-2025 г.",
      schedule: WHOLE,
      responsible: ["OFFICIALS:Специалисты МКУ УО"],
      result: "Мониторинг повышения квалификации специалистов",
    },
  ];

  it("reads the period and every item as written, nothing unread", async () => {
    const plan = await importSeed("dalnerechensk");
    expect(plan.period).toEqual({ start: "2022-01-01", end: "2025-12-31", schoolYears: false });
    expect(plan.columns.map((c) => c.role)).toEqual(["number", "text", "schedule", "responsible", "result"]);
    expect(plan.sections).toEqual([]);
    expect(simplify(plan)).toEqual(expected);
    expect(plan.problems).toEqual([]);
  });
});

describe("Лысьва: a plan in numbered sections, responsible before deadline", () => {
  const S1 = "1. Нормативно-правовое обеспечение";
  const S2 = "2. Общесистемные мероприятия";
  const S3 = "3. Мониторинг управления ходом реализации Дорожной карты (=Плана)";
  const MOUO = "OFFICIALS:МОУО";
  const MMS = "METHODOLOGISTS:ММС";
  const OO = "SCHOOL_HEADS:ОО";
  const SYSTEM = "системы научно-методического сопровождения и обеспечения профессионального развития педагогических работников и управленческих кадров";
  const REPORT = `Подготовка и представление в МО ПК ежегодного отчета по реализации внедрения ${SYSTEM}`;
  const expected: Expected[] = [
    {
      number: "1.1",
      section: S1,
      text: `Разработка и утверждение критериев и показателей ${SYSTEM} Пермского края на муниципальном уровне (после утверждения региональных)`,
      scheduleText: "июль – август 2021 г.",
      schedule: schedule("RANGE", { startsOn: "2021-07-01", dueOn: "2021-08-31" }),
      responsible: [MOUO],
      result: `Утверждены критерии и показатели ${SYSTEM} Пермского края на муниципальном уровне`,
    },
    {
      number: "1.2",
      section: S1,
      text: `Разработка и утверждение нормативно-правовых актов, регламентирующих внедрение ${SYSTEM} Пермского края на муниципальном уровне (после утверждения региональных)`,
      scheduleText: "Сентябрь – декабрь 2021 (актуализация НПА по мере необходимости)",
      schedule: schedule("RANGE", { startsOn: "2021-09-01", dueOn: "2021-12-31" }),
      responsible: [MOUO, OO],
      result: `Приказ МОУО об утверждении нормативно – правовых актов, регламентирующих внедрение системы научно-методического сопровождения и обеспечения профессионального развития педагогических работников и управленческих кадров Пермского на муниципальном уровне`,
    },
    {
      number: "1.3",
      section: S1,
      text: "Формирование календаря муниципальных мероприятий, направленных на внедрение муниципальной системы научно-методического сопровождения и обеспечения профессионального развития педагогических работников и управленческих кадров",
      scheduleText: "Ежегодно (не позднее ноября года, предшествующего году проведению мероприятия)",
      schedule: schedule("YEARLY", { month: 11 }),
      responsible: [MOUO, MMS, "OTHER:методические объединения", "OTHER:общественные профессиональные объединения", OO],
      result: "Календарь муниципальных мероприятий, направленных на внедрение муниципальной системы научно-методического сопровождения и обеспечения профессионального развития педагогических работников и управленческих кадров",
    },
    {
      number: "2.1",
      section: S2,
      text: "Участие в краевом совещании по реализации Концепции региональной системы научно-методического сопровождения и обеспечения профессионального развития педагогических работников и управленческих кадров Пермского",
      scheduleText: "Август 2021г.",
      schedule: month(2021, 8, 31),
      responsible: [MOUO, MMS, OO],
      result: null,
    },
    {
      number: "2.2",
      section: S2,
      text: "Определение ответственного за работу в цифровой экосистеме дополнительного профессионального образования, за взаимодействие с региональным оператором",
      scheduleText: "После января 2022 г.",
      schedule: schedule("AFTER", { startsOn: "2022-02-01" }),
      responsible: [MOUO],
      result: "Локальный акт МОУО",
    },
    {
      number: "2.3",
      section: S2,
      text: `Определение ответственных за организацию работы по внедрению ${SYSTEM} на муниципальном уровне`,
      scheduleText: "Октябрь 2021 г.",
      schedule: month(2021, 10, 31),
      responsible: [MOUO],
      result: "Локальный акт МОУО",
    },
    {
      number: "2.4",
      section: S2,
      text: `Участие в осуществлении мониторинга внедрения ${SYSTEM} на муниципальном уровне`,
      scheduleText: "Ноябрь – декабрь 2021 г. (далее - ежегодно)",
      schedule: schedule("YEARLY", { startsOn: "2021-11-01", month: 12 }),
      responsible: [MOUO, OO],
      result: "Предоставлены данные в краевой мониторинг, осуществлен анализ результатов",
    },
    {
      number: "2.5",
      section: S2,
      text: `Участие в региональном семинаре по проблемам внедрения ${SYSTEM}`,
      scheduleText: "Декабрь 2021 г. (далее - ежегодно)",
      schedule: schedule("YEARLY", { startsOn: "2021-12-01", month: 12 }),
      responsible: [MOUO, MMS, OO],
      result: null,
    },
    {
      number: "2.6",
      section: S2,
      text: "Научно-методическое сопровождение общественно-профессиональных объединений, ассоциаций, мероприятий по поддержке методической работы, дополнительного профессионального образования и т.д.",
      scheduleText: "В течение года",
      schedule: schedule("YEARLY", { month: 12 }),
      responsible: [MMS],
      result: "Ежегодный отчет",
    },
    {
      number: "2.7",
      section: S2,
      text: `Участие в координационных совещаниях по ходу внедрения ${SYSTEM}`,
      scheduleText: "По плану МО ПК",
      schedule: schedule("BY_OTHER_PLAN"),
      responsible: [MOUO, MMS, OO],
      result: "Коррекция планов",
    },
    {
      number: "2.8",
      section: S2,
      text: "Участие в мероприятиях по обобщению и распространению лучшего опыта методической работы, профессионального развития педагогов и управленческих кадров, педагогических практик наставничества, сопровождения молодых педагогов и т.д.",
      scheduleText: "В течение года (по отдельному графику)",
      schedule: schedule("YEARLY", { month: 12 }),
      responsible: [MOUO, MMS, OO],
      result: "Ежегодный отчет",
    },
    { number: "3.1", section: S3, text: REPORT, scheduleText: "Ежегодно (ноябрь)", schedule: schedule("YEARLY", { month: 11 }), responsible: [OO], result: "Ежегодный отчет" },
    { number: "3.2", section: S3, text: REPORT, scheduleText: "Ежегодно (декабрь)", schedule: schedule("YEARLY", { month: 12 }), responsible: [MOUO, MMS], result: "Ежегодный отчет" },
    {
      number: "3.3",
      section: S3,
      text: `Подготовка адресных рекомендаций, в т.ч. для принятия управленческих решений, по результатам мониторинга и анализа внедрения ${SYSTEM}`,
      scheduleText: "раз в год",
      schedule: schedule("YEARLY", { month: 12 }),
      responsible: [MOUO],
      result: "Рекомендации",
    },
    {
      number: "3.4",
      section: S3,
      text: "Анализ эффективности принятых мер",
      scheduleText: "раз в год",
      schedule: schedule("YEARLY", { month: 12 }),
      responsible: ["OFFICIALS:Управление образования администрации ЛГО"],
      result: "Аналитическая справка",
    },
  ];

  it("reads the period, three sections and every item as written", async () => {
    const plan = await importSeed("lysva");
    expect(plan.period).toEqual({ start: "2021-01-01", end: "2024-12-31", schoolYears: false });
    expect(plan.columns.map((c) => c.role)).toEqual(["number", "text", "responsible", "schedule", "result"]);
    expect(plan.sections).toEqual([S1, S2, S3]);
    expect(simplify(plan)).toEqual(expected);
  });

  it("reports the responsible it does not know, and nothing else", async () => {
    const plan = await importSeed("lysva");
    expect(plan.problems).toEqual([{ kind: "responsible", row: 5, number: "1.3", text: "методические объединения, общественные профессиональные объединения" }]);
  });
});
