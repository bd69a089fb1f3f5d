// Responsible as the roadmaps write it → who gets the task.
import { describe, expect, it } from "vitest";
import { nameMatches, readResponsible } from "../../../src/domain/plans/responsible/read-responsible.js";

const kinds = (text: string) => readResponsible(text).map((p) => `${p.kind}:${p.text}`);

describe("reading the responsible", () => {
  it.each([
    ["ОО", ["SCHOOL_HEADS:ОО"]],
    ["руководители ОО", ["SCHOOL_HEADS:руководители ОО"]],
    ["МОУО", ["OFFICIALS:МОУО"]],
    ["MOУO, ОО", ["OFFICIALS:MOУO", "SCHOOL_HEADS:ОО"]], // Latin M and O, as in the Лихославль plan
    ["ММС", ["METHODOLOGISTS:ММС"]],
    ["методический кабинет", ["METHODOLOGISTS:методический кабинет"]],
    ["Специалисты МКУ УО", ["OFFICIALS:Специалисты МКУ УО"]],
    ["Управление образования администрации ЛГО", ["OFFICIALS:Управление образования администрации ЛГО"]],
    ["Абдуллаева Л.Г.\nруководители ОО", ["PERSON:Абдуллаева Л.Г.", "SCHOOL_HEADS:руководители ОО"]],
    ["Иванова И.И., методист", ["PERSON:Иванова И.И., методист"]],
    ["И.И. Иванова", ["PERSON:И.И. Иванова"]],
    ["Иванова И.И., методисты ММС", ["PERSON:Иванова И.И.", "METHODOLOGISTS:методисты ММС"]],
    ["методические объединения", ["OTHER:методические объединения"]],
  ])("«%s»", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it("keeps a named person's surname and initials for matching", () => {
    expect(readResponsible("И. И. Иванова")[0]!.name).toBe("Иванова И.И.");
  });

  it.each([
    ["Иванова И.И.", "Иванова Ирина Ивановна", true],
    ["Иванова И.И.", "Ирина Иванова", true],
    ["Иванова И.И.", "Иванова", true],
    ["Иванова И.И.", "Иванова Мария Петровна", false],
    ["Иванова И.И.", "Петрова Ирина Ивановна", false],
    ["Абдуллаева Л.Г.", "Абдуллаева Лейла Гасановна", true],
  ])("%s is %s: %s", (name, displayName, matches) => {
    expect(nameMatches(name, displayName)).toBe(matches);
  });
});
