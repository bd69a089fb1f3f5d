// The «РЕШИЛИ» splitter on the seed protocol (Лихославль, 31.05.2023), the expected decisions written out by
// hand, and the protocol-style deadlines and responsible phrases around it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseProtocolDeadline } from "../../../src/domain/tasks/protocol-deadline.js";
import { resolveResponsible, type Directory } from "../../../src/domain/tasks/responsible.js";
import { splitDecisions } from "../../../src/domain/tasks/split-decisions.js";

const SEED = readFileSync(new URL("../../../src/demo/data/protocol-likhoslavl-2023-05-31.txt", import.meta.url), "utf8");

const directory: Directory = {
  schools: [
    { id: 1, name: "МОУ «Лихославльская СОШ №1»", shortName: "СОШ №1" },
    { id: 2, name: "МОУ «Лихославльская СОШ №2»", shortName: "СОШ №2" },
    { id: 3, name: "МОУ «Калашниковская СОШ»", shortName: "Калашниковская СОШ" },
  ],
  staff: [
    { id: 10, displayName: "Андрей Волков", role: "OFFICIAL" },
    { id: 11, displayName: "Елена Смирнова", role: "METHODOLOGIST" },
  ],
};

describe("the seed protocol's decisions", () => {
  const decisions = splitDecisions(SEED);

  it("are the four numbered items after «Решили», with their deadlines and responsible as written", () => {
    expect(decisions).toEqual([
      {
        number: 1,
        text:
          "Провести детальный анализ мероприятий по информированию педагогического сообщества о новых тенденциях в сфере " +
          "образования, задачах и требованиях к профессиональной компетентности педагогических работников.",
        deadlineText: "30.06.2023",
        responsibleText: "руководители ОО",
      },
      {
        number: 2,
        text:
          "Проанализировать повышении квалификации педагогических работников ОО в рамках реализации приоритетных " +
          "федеральных программ",
        deadlineText: "30.06.2023",
        responsibleText: "руководители ОО",
      },
      {
        number: 3,
        text:
          "Вести работу по информированию педагогического сообщества о новых тенденциях в сфере образования, задачах и " +
          "требованиях к профессиональной компетентности педагогических работников.",
        deadlineText: "постоянно",
        responsibleText: "руководители ОО",
      },
      {
        number: 4,
        text: "Обеспечивать повышение квалификации педагогических работников ОО в рамках реализации приоритетных федеральных программ",
        deadlineText: "постоянно",
        responsibleText: "руководители ОО",
      },
    ]);
  });

  it("read as two dated tasks and two standing ones, all for every school's heads", () => {
    expect(decisions.map((d) => parseProtocolDeadline(d.deadlineText))).toEqual([
      { kind: "date", date: { year: 2023, month: 6, day: 30 } },
      { kind: "date", date: { year: 2023, month: 6, day: 30 } },
      { kind: "standing" },
      { kind: "standing" },
    ]);
    for (const d of decisions) {
      expect(resolveResponsible(d.responsibleText, directory)).toEqual({ allSchools: true, schoolIds: [], personIds: [], unknown: [] });
    }
  });
});

describe("the splitter on other ways protocols are written", () => {
  it("reads inline labels, «Ответственные:», a heading in capitals on the same line, and keeps a date line inside an item", () => {
    const text = [
      "Слушали: 1. Не решение, а повестка.",
      "РЕШИЛИ: 1) Подготовить отчёт о курсах. Срок: до 1 сентября 2023 г. Ответственные: МОУО, СОШ №2.",
      "2) Провести семинар",
      "30.09.2023 в 10:00 в СОШ №1",
      "Срок исполнения – 30.09.2023",
      "Ответственный: методический кабинет",
    ].join("\n");
    expect(splitDecisions(text)).toEqual([
      { number: 1, text: "Подготовить отчёт о курсах.", deadlineText: "до 1 сентября 2023 г", responsibleText: "МОУО, СОШ №2" },
      { number: 2, text: "Провести семинар 30.09.2023 в 10:00 в СОШ №1", deadlineText: "30.09.2023", responsibleText: "методический кабинет" },
    ]);
  });

  it("finds nothing in a text without numbered items (an empty paste, a roadmap heading)", () => {
    expect(splitDecisions("")).toEqual([]);
    expect(splitDecisions("Дорожная карта по развитию кадрового потенциала\nЦель: повысить…")).toEqual([]);
  });

  it("leaves the text after an item number that breaks the sequence inside the item", () => {
    const items = splitDecisions("Решили:\n1. Первое\n3. не новый пункт\n2. Второе\nСрок: постоянно");
    expect(items.map((i) => [i.number, i.text])).toEqual([
      [1, "Первое 3. не новый пункт"],
      [2, "Второе"],
    ]);
  });
});

describe("protocol deadlines", () => {
  const may31 = { year: 2023, month: 5, day: 31 };
  it.each([
    ["30.06.2023", { kind: "date", date: { year: 2023, month: 6, day: 30 } }],
    ["30.06.2023 г.", { kind: "date", date: { year: 2023, month: 6, day: 30 } }],
    ["до 1 сентября 2023 г.", { kind: "date", date: { year: 2023, month: 9, day: 1 } }],
    ["до 1 сентября", { kind: "date", date: { year: 2023, month: 9, day: 1 } }],
    ["15 мая", { kind: "date", date: { year: 2024, month: 5, day: 15 } }],
    ["Постоянно.", { kind: "standing" }],
    ["31.02.2023", { kind: "unreadable", raw: "31.02.2023" }],
    ["по мере необходимости", { kind: "unreadable", raw: "по мере необходимости" }],
  ])("%s", (raw, expected) => {
    expect(parseProtocolDeadline(raw, may31)).toEqual(expected);
  });
});

describe("responsible phrases", () => {
  it("maps staff, schools and names, and keeps the unknown as written", () => {
    expect(resolveResponsible("МОУО, методический кабинет, СОШ №2, Калашниковская СОШ", directory)).toEqual({
      allSchools: false,
      schoolIds: [2, 3],
      personIds: [10, 11],
      unknown: [],
    });
    expect(resolveResponsible("Смирнова Е.А. и районный совет ветеранов", directory)).toEqual({
      allSchools: false,
      schoolIds: [],
      personIds: [11],
      unknown: ["районный совет ветеранов"],
    });
    expect(resolveResponsible("директора школ", directory).allSchools).toBe(true);
  });
});
