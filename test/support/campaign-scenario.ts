// A whole municipality talking to the real bot through the local Bot API emulator, for the campaign tests in
// test/bot/campaigns: the demo seed, every persona registered with its invite, and short-cuts for what a test
// sets up rather than proves (a campaign created through the domain, a second head of a school).
// CAMPAIGN_TRANSCRIPT=1 prints what everybody saw and pressed when a file's scenario closes.
import type { Actor } from "../../src/domain/actor.js";
import { createCampaign } from "../../src/domain/campaigns/create-campaign.js";
import { saveAnswer } from "../../src/domain/campaigns/save-answer.js";
import { submitSubmission } from "../../src/domain/campaigns/submit-submission.js";
import { createInvite } from "../../src/domain/invites/create-invite.js";
import { findActor } from "../../src/domain/people/find-actor.js";
import { systemActor } from "../../src/domain/people/system-actor.js";
import { seedDemo, type DemoSeed } from "../../src/demo/seed-demo.js";
import type { DemoPersonaKey } from "../../src/demo/demo-data.js";
import { startLocalStack, type LocalStack } from "../../src/demo/local-stack.js";
import { createTranscript, type BotApiServerOptions, type ChatMessageView, type SimulatedUser, type Transcript } from "../../emulator/index.js";
import { createTestDatabase } from "./test-database.js";
import type { Database } from "../../src/db/open-database.js";

/** Monday 23.11.2026 12:00 in Moscow: a working day, outside the quiet hours (21–9). */
export const SCENARIO_START = "2026-11-23T09:00:00Z";

export type SchoolName = "СОШ №1" | "СОШ №2" | "Калашниковская СОШ" | "Микшинская СОШ" | "Кавская ООШ";

export interface ScenarioCampaign {
  title?: string;
  period?: string;
  codes: string[];
  /** ISO; default: now. */
  opensAt?: string;
  /** ISO; default: a week after now. */
  deadline?: string;
  schools?: SchoolName[] | "all";
}

export interface CampaignScenario {
  stack: LocalStack;
  seed: DemoSeed;
  transcript: Transcript;
  /** The persona's Telegram user, registered with its invite (its welcome messages are in the chat). */
  user(key: DemoPersonaKey): SimulatedUser;
  actor(key: DemoPersonaKey): Promise<Actor>;
  actorOf(user: SimulatedUser): Promise<Actor>;
  schoolId(shortName: SchoolName): number;
  indicatorId(code: string): Promise<number>;
  /** Set-up, not the behaviour under test: the methodologist creates it through the domain. */
  createCampaign(spec: ScenarioCampaign): Promise<number>;
  /** Answers and submits through the domain as the school's head (e.g. a previous period), at the clock's time. */
  submitThroughDomain(campaignId: number, key: DemoPersonaKey, answers: Record<string, string>): Promise<void>;
  /** Another head of the same school: an invite through the domain, redeemed in the bot. */
  addHead(school: SchoolName, profile: { id: number; first_name: string; last_name: string }): Promise<SimulatedUser>;
  /** The head opens the campaign's form from /forms (the button with the campaign's title). */
  openForm(user: SimulatedUser, title: string): Promise<ChatMessageView[]>;
  close(): Promise<void>;
}

export async function startCampaignScenario(
  options: {
    startAt?: string;
    emulator?: BotApiServerOptions;
    /** e.g. withOutageSwitch: the stack runs on what this returns */
    wrapDatabase?: (db: Database) => Database;
  } = {},
): Promise<CampaignScenario> {
  const created = await createTestDatabase();
  const db = options.wrapDatabase ? options.wrapDatabase(created) : created;
  const stack = await startLocalStack({ db, startAt: new Date(options.startAt ?? SCENARIO_START), ...(options.emulator ? { emulator: options.emulator } : {}) });
  const transcript = createTranscript(stack.server);
  const seed = await seedDemo(stack.domain);
  const users = new Map<DemoPersonaKey, SimulatedUser>();
  for (const persona of seed.personas) {
    const user = stack.server.user(persona.telegramUser);
    await user.send(`/start ${persona.inviteCode}`);
    users.set(persona.key, user);
  }
  const indicatorIds = new Map<string, number>();

  const scenario: CampaignScenario = {
    stack,
    seed,
    transcript,
    user(key) {
      const user = users.get(key);
      if (!user) throw new Error(`no persona ${key}`);
      return user;
    },
    actor: (key) => scenario.actorOf(scenario.user(key)),
    async actorOf(user) {
      const actor = await findActor(stack.domain, user.id);
      if (!actor) throw new Error(`${user.name} is not registered`);
      return actor;
    },
    schoolId(shortName) {
      const school = seed.schools.find((s) => s.shortName === shortName);
      if (!school) throw new Error(`no school ${shortName}`);
      return school.id;
    },
    async indicatorId(code) {
      if (!indicatorIds.has(code)) {
        const row = await stack.db.prisma.indicator.findFirst({ where: { code, municipalityId: null } });
        if (!row) throw new Error(`no indicator ${code}`);
        indicatorIds.set(code, row.id);
      }
      return indicatorIds.get(code)!;
    },
    async createCampaign(spec) {
      const now = stack.clock.now();
      const created = await createCampaign(stack.domain, await scenario.actor("methodologist"), {
        title: spec.title ?? `Мониторинг ${spec.period ?? "2026-Q4"}`,
        period: spec.period ?? "2026-Q4",
        indicatorIds: await Promise.all(spec.codes.map((code) => scenario.indicatorId(code))),
        opensAt: spec.opensAt ? new Date(spec.opensAt) : now,
        deadline: spec.deadline ? new Date(spec.deadline) : new Date(now.getTime() + 7 * 24 * 3600_000),
        schoolIds: !spec.schools || spec.schools === "all" ? "all" : spec.schools.map((s) => scenario.schoolId(s)),
      });
      return created.campaignId;
    },
    async submitThroughDomain(campaignId, key, answers) {
      const head = await scenario.actor(key);
      const schoolId = head.schoolId!;
      for (const [code, raw] of Object.entries(answers)) {
        const indicatorId = await scenario.indicatorId(code);
        const saved = await saveAnswer(stack.domain, head, { campaignId, schoolId, indicatorId, raw, confirmed: true });
        if (saved.status !== "saved") throw new Error(`${code} = ${raw}: ${JSON.stringify(saved)}`);
      }
      await submitSubmission(stack.domain, head, { campaignId, schoolId });
    },
    async addHead(school, profile) {
      const invite = await createInvite(stack.domain, systemActor, {
        role: "HEAD",
        municipalityId: seed.municipality.id,
        schoolId: scenario.schoolId(school),
        displayName: `${profile.first_name} ${profile.last_name}`,
      });
      const user = stack.server.user({ ...profile, language_code: "ru" });
      await user.send(`/start ${invite.code}`);
      return user;
    },
    async openForm(user, title) {
      const listed = await user.send("/forms");
      const list = listed.replies.at(-1);
      if (!list?.buttons.flat().some((b) => b.includes(title))) {
        throw new Error(`${user.name}: /forms has no button for «${title}»:\n${list?.text ?? "(no reply)"}`);
      }
      const opened = await user.press((text) => text.includes(title));
      return opened.replies;
    },
    async close() {
      transcript.stop();
      if (process.env.CAMPAIGN_TRANSCRIPT) console.log(transcript.text());
      await stack.close();
    },
  };
  return scenario;
}

/** The latest bot message, failing with the whole chat when there is none. */
export function last(user: SimulatedUser): ChatMessageView {
  const message = user.lastMessage();
  if (!message) throw new Error(`${user.name} has no message from the bot`);
  return message;
}

/** All texts the bot sent in reply, joined, for `toContain` checks over several messages. */
export const textOf = (replies: ChatMessageView[]): string => replies.map((r) => r.text).join("\n---\n");
