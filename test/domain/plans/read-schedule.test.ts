// The schedule reader, one test per phrase: every phrase the roadmap issue lists and every schedule phrase in
// the seed documents, with what it must mean and the deadlines it produces inside the plan's period.
import { describe, expect, it } from "vitest";
import { describeSchedule } from "../../../src/domain/plans/describe-plan.js";
import { readPeriod } from "../../../src/domain/plans/schedule/plan-period.js";
import { readSchedule } from "../../../src/domain/plans/schedule/read-schedule.js";
import { schedule, unread, type Schedule } from "../../../src/domain/plans/schedule/schedule.js";
import { scheduleDates } from "../../../src/domain/plans/schedule/schedule-dates.js";
import { ruTranslate } from "./translate.js";

const calendar = readPeriod("на 2021-2024 г.г.")!; // Лысьва: 01.01.2021 – 31.12.2024
const schoolYear = readPeriod("Лихославльского МО на 2022-2023 уч. год")!; // 01.09.2022 – 31.08.2023
const threeYears = readPeriod("на 2022-2025 годы")!; // Дальнереченск

type Case = [phrase: string, period: typeof calendar, meaning: Schedule, dates: string[], note?: string];

const YEAR_ENDS = ["2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31"];

const ISSUE_PHRASES: Case[] = [
  ["30.06.2023", calendar, schedule("DATE", { dueOn: "2023-06-30" }), ["2023-06-30"]],
  ["Август 2023", calendar, schedule("RANGE", { startsOn: "2023-08-01", dueOn: "2023-08-31" }), ["2023-08-31"]],
  ["декабрь 2022 - январь 2023", schoolYear, schedule("RANGE", { startsOn: "2022-12-01", dueOn: "2023-01-31" }), ["2023-01-31"]],
  ["до 1 сентября", schoolYear, schedule("DATE", { dueOn: "2022-09-01" }), ["2022-09-01"]],
  ["ежеквартально", schoolYear, schedule("QUARTERLY"), ["2022-09-30", "2022-12-31", "2023-03-31", "2023-06-30"]],
  ["ежемесячно", readPeriod("на 2023 год")!, schedule("MONTHLY"), ["01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31", "11-30", "12-31"].map((d) => `2023-${d}`)],
  ["Ежегодно (ноябрь)", calendar, schedule("YEARLY", { month: 11 }), ["2021-11-30", "2022-11-30", "2023-11-30", "2024-11-30"], "ноябрь"],
  ["раз в год", calendar, schedule("YEARLY", { month: 12 }), YEAR_ENDS],
  ["2 раза в год", readPeriod("на 2023-2024 годы")!, schedule("HALF_YEARLY"), ["2023-06-30", "2023-12-31", "2024-06-30", "2024-12-31"]],
  ["в течение года", calendar, schedule("YEARLY", { month: 12 }), YEAR_ENDS],
  ["в течение учебного года", threeYears, schedule("YEARLY", { month: 8 }), ["2022-08-31", "2023-08-31", "2024-08-31", "2025-08-31"]],
  ["весь период", threeYears, schedule("DURING_PERIOD", { startsOn: "2022-01-01", dueOn: "2025-12-31" }), ["2025-12-31"]],
  ["постоянно", calendar, schedule("STANDING"), []],
  ["по мере необходимости", calendar, schedule("AS_NEEDED"), []],
  ["по плану МО ПК", calendar, schedule("BY_OTHER_PLAN"), []],
  ["после января 2022 г.", calendar, schedule("AFTER", { startsOn: "2022-02-01" }), []],
  ["I полугодие 2023", calendar, schedule("RANGE", { startsOn: "2023-01-01", dueOn: "2023-06-30" }), ["2023-06-30"]],
  ["2023-2024 уч. год", calendar, schedule("RANGE", { startsOn: "2023-09-01", dueOn: "2024-08-31" }), ["2024-08-31"]],
];

// Phrases of the seeds (../shared/seeds) that the list above does not already hold, as written there.
const SEED_PHRASES: Case[] = [
  // Лихославль
  ["апрель 2023", schoolYear, schedule("RANGE", { startsOn: "2023-04-01", dueOn: "2023-04-30" }), ["2023-04-30"]],
  ["июль 2023", schoolYear, schedule("RANGE", { startsOn: "2023-07-01", dueOn: "2023-07-31" }), ["2023-07-31"]],
  ["октябрь 2023", schoolYear, schedule("RANGE", { startsOn: "2023-10-01", dueOn: "2023-10-31" }), ["2023-10-31"]],
  ["декабрь 2023", schoolYear, schedule("RANGE", { startsOn: "2023-12-01", dueOn: "2023-12-31" }), ["2023-12-31"]],
  ["февраль 2023", schoolYear, schedule("RANGE", { startsOn: "2023-02-01", dueOn: "2023-02-28" }), ["2023-02-28"]],
  ["декабрь 2022 -\nянварь 2023", schoolYear, schedule("RANGE", { startsOn: "2022-12-01", dueOn: "2023-01-31" }), ["2023-01-31"]],
  ["в течение года\nфевраль 2023\nв течение года", schoolYear, unread("several"), []],
  // Дальнереченск
  ["март 2022 г.", threeYears, schedule("RANGE", { startsOn: "2022-03-01", dueOn: "2022-03-31" }), ["2022-03-31"]],
  ["2022-2025 г.", threeYears, schedule("RANGE", { startsOn: "2022-01-01", dueOn: "2025-12-31" }), ["2025-12-31"]],
  // Лысьва
  ["июль – август 2021 г.", calendar, schedule("RANGE", { startsOn: "2021-07-01", dueOn: "2021-08-31" }), ["2021-08-31"]],
  [
    "Сентябрь – декабрь 2021 (актуализация НПА по мере необходимости)",
    calendar,
    schedule("RANGE", { startsOn: "2021-09-01", dueOn: "2021-12-31" }),
    ["2021-12-31"],
    "актуализация НПА по мере необходимости",
  ],
  [
    "Ежегодно (не позднее ноября года, предшествующего году проведению мероприятия)",
    calendar,
    schedule("YEARLY", { month: 11 }),
    ["2021-11-30", "2022-11-30", "2023-11-30", "2024-11-30"],
    "не позднее ноября года, предшествующего году проведению мероприятия",
  ],
  ["Август 2021г.", calendar, schedule("RANGE", { startsOn: "2021-08-01", dueOn: "2021-08-31" }), ["2021-08-31"]],
  ["Октябрь 2021 г.", calendar, schedule("RANGE", { startsOn: "2021-10-01", dueOn: "2021-10-31" }), ["2021-10-31"]],
  ["Ноябрь – декабрь 2021 г. (далее - ежегодно)", calendar, schedule("YEARLY", { startsOn: "2021-11-01", month: 12 }), YEAR_ENDS, "далее - ежегодно"],
  ["Декабрь 2021 г. (далее - ежегодно)", calendar, schedule("YEARLY", { startsOn: "2021-12-01", month: 12 }), YEAR_ENDS, "далее - ежегодно"],
  ["В течение года", calendar, schedule("YEARLY", { month: 12 }), YEAR_ENDS],
  ["В течение года (по отдельному графику)", calendar, schedule("YEARLY", { month: 12 }), YEAR_ENDS, "по отдельному графику"],
  ["Ежегодно (декабрь)", calendar, schedule("YEARLY", { month: 12 }), YEAR_ENDS, "декабрь"],
  // The protocol's «Срок: 30.06.2023» and «Срок: постоянно» are among the issue's phrases above.
];

describe("the schedule reader: phrases of the issue", () => {
  it.each(ISSUE_PHRASES)("«%s»", (phrase, period, meaning, dates, note) => {
    const read = readSchedule(phrase, period);
    expect(read.schedule).toEqual(meaning);
    expect(scheduleDates(read.schedule, period)).toEqual(dates);
    expect(read.text).toBe(phrase);
    expect(read.note).toBe(note ?? null);
  });
});

describe("the schedule reader: phrases of the seed roadmaps", () => {
  it.each(SEED_PHRASES)("«%s»", (phrase, period, meaning, dates, note) => {
    const read = readSchedule(phrase, period);
    expect(read.schedule).toEqual(meaning);
    expect(scheduleDates(read.schedule, period)).toEqual(dates);
    expect(read.note).toBe(note ?? null);
  });
});

describe("the schedule reader never guesses", () => {
  it.each([
    ["когда получится", "unknown"],
    ["до 1 сентября", "no-year"], // a four-year plan has four of them
    ["31.02.2023", "bad-date"],
    ["", "empty"],
    ["весна", "unknown"],
  ] as const)("«%s» is reported, not read (%s)", (phrase, reason) => {
    expect(readSchedule(phrase, calendar).schedule).toEqual(unread(reason));
  });

  it("a recurrence's deadlines start where its first time is, not before", () => {
    const s = readSchedule("Декабрь 2022 г. (далее - ежегодно)", calendar).schedule;
    expect(scheduleDates(s, calendar)).toEqual(["2022-12-31", "2023-12-31", "2024-12-31"]);
  });
});

describe("the preview says what a schedule was understood as", () => {
  const say = (phrase: string, period = calendar) => describeSchedule(readSchedule(phrase, period).schedule, ruTranslate);
  it.each([
    ["ежеквартально", "ежеквартально → 31.03, 30.06, 30.09, 31.12 каждого года"],
    ["Ежегодно (ноябрь)", "ежегодно → 30.11 каждого года"],
    ["2 раза в год", "2 раза в год → 30.06, 31.12 каждого года"],
    ["30.06.2023", "до 30.06.2023"],
    ["декабрь 2022 - январь 2023", "01.12.2022 – 31.01.2023"],
    ["Декабрь 2021 г. (далее - ежегодно)", "ежегодно → 31.12 каждого года, начиная с 01.12.2021"],
    ["по мере необходимости", "по мере необходимости, без срока"],
    ["после января 2022 г.", "не раньше 01.02.2022, без срока"],
    ["когда получится", "❓ не понято"],
  ])("«%s» → %s", (phrase, said) => {
    expect(say(phrase)).toBe(said);
  });
});
