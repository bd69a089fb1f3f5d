import { describe, expect, it } from "vitest";
import { closestCourse, searchCourses } from "../../../src/domain/courses/course-search.js";
import { parseCompletionDate } from "../../../src/domain/courses/parse-completion-date.js";
import { parseProvider } from "../../../src/domain/courses/providers.js";

const catalogue = [
  { id: 1, title: "Цифровая грамотность педагога: инструменты цифровой образовательной среды" },
  { id: 2, title: "Функциональная грамотность школьников: читательская грамотность" },
  { id: 3, title: "Наставничество в образовательной организации" },
  { id: 4, title: "Обновлённые ФГОС НОО и ООО: управленческий аспект" },
];

describe("finding a course by typed words", () => {
  it("finds the full title from its opening words", () => {
    expect(searchCourses(catalogue, "цифровая грамотность педагога").map((c) => c.id)).toEqual([1]);
  });
  it("forgives word order and typos", () => {
    expect(searchCourses(catalogue, "педагога цыфровая грамотнось")[0]?.id).toBe(1);
    expect(searchCourses(catalogue, "наставничиство")[0]?.id).toBe(3);
    expect(searchCourses(catalogue, "обновленные фгос")[0]?.id).toBe(4);
  });
  it("ranks by how well the words match and finds nothing for unrelated words", () => {
    expect(searchCourses(catalogue, "грамотность").map((c) => c.id).sort()).toEqual([1, 2]);
    expect(searchCourses(catalogue, "хореография балет")).toEqual([]);
  });
  it("suggests the nearest course when not every word matches", () => {
    expect(closestCourse(catalogue, "Наставничество в школе")?.id).toBe(3);
    expect(closestCourse(catalogue, "хореография")).toBeUndefined();
  });
});

describe("completion dates as people type them", () => {
  it.each([
    ["30.06.2023", "2023-06-30"],
    ["30.06.23", "2023-06-30"],
    ["30 июня 2023", "2023-06-30"],
    ["30 июня 2023 г.", "2023-06-30"],
    ["1 мая 2023", "2023-05-01"],
    ["2023-06-30", "2023-06-30"],
    ["5/9/2022", "2022-09-05"],
  ])("%s is %s", (text, iso) => {
    expect(parseCompletionDate(text)).toEqual({ ok: true, iso });
  });
  it("tells a date that does not exist from text that is no date", () => {
    expect(parseCompletionDate("31.02.2023")).toEqual({ ok: false, reason: "no-such-date" });
    expect(parseCompletionDate("32.01.2023")).toEqual({ ok: false, reason: "no-such-date" });
    expect(parseCompletionDate("вчера")).toEqual({ ok: false, reason: "not-a-date" });
    expect(parseCompletionDate("30 брюмера 2023")).toEqual({ ok: false, reason: "not-a-date" });
  });
});

describe("providers", () => {
  it("reads the names documents use", () => {
    expect(parseProvider("ГБОУ ДПО ТОИУУ")).toBe("TOIUU");
    expect(parseProvider("рипк и ппро")).toBe("RIPK");
    expect(parseProvider("Академия Минпросвещения России")).toBe("ACADEMY");
    expect(parseProvider("Мой институт")).toBeUndefined();
  });
});
