// The main menu and the command lists are composed from the features' own entries.
import { describe, expect, it } from "vitest";
import { commandsFor } from "../../../src/bot/commands.js";
import type { MenuEntry } from "../../../src/bot/features/feature.js";
import { FEATURES } from "../../../src/bot/features/index.js";
import { menuEntriesFor } from "../../../src/bot/features/main-menu/build-main-menu.js";

const run = async () => undefined;
const allEntries = () => FEATURES.flatMap((f) => f.menu ?? []);

describe("composing the main menu from features", () => {
  it("gives each role its entries in order, placeholders marked soon", () => {
    const labels = (role: Parameters<typeof menuEntriesFor>[0]) => menuEntriesFor(role, allEntries()).map((e) => `${e.label}${e.soon ? " (soon)" : ""}`);
    expect(labels("HEAD")).toEqual(["menu-forms", "task-menu-head", "menu-plan", "menu-courses", "menu-announcements", "menu-help"]);
    expect(labels("ADMIN")).toEqual(["menu-campaigns", "menu-new-campaign", "menu-plan", "menu-courses-catalogue", "menu-people (soon)", "menu-help"]);
  });

  it("a feature that lands with a placeholder's label replaces the placeholder for its roles only", () => {
    const placeholder: MenuEntry = { label: "menu-x", roles: ["HEAD", "OFFICIAL"], order: 45, run, soon: true };
    const landed: MenuEntry = { label: "menu-x", roles: ["HEAD"], order: 45, run };
    const heads = menuEntriesFor("HEAD", [...allEntries(), placeholder, landed]);
    expect(heads.filter((e) => e.label === "menu-x")).toEqual([landed]);
    const officials = menuEntriesFor("OFFICIAL", [...allEntries(), placeholder, landed]);
    expect(officials.find((e) => e.label === "menu-x")?.soon).toBe(true);
  });

  it("orders a role's commands by the features' order, 50 when a feature gives none", () => {
    const entries = [...FEATURES.flatMap((f) => f.commands ?? []), { command: "extra", roles: ["HEAD"] as const }];
    expect(commandsFor("HEAD", entries, (key) => key).map((c) => c.command)).toEqual(["menu", "forms", "status", "tasks", "plan", "courses", "extra", "announcements", "help", "lang"]);
    expect(commandsFor("HEAD", entries, (key) => key)[0]!.description).toBe("command-menu");
  });
});
