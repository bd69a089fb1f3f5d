// Forms and data belong to private chats. Added to a group, the bot says once that it works only in private
// messages and leaves; a command or a press from a group shows nothing there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { startLocalStack, type LocalStack } from "../../../src/demo/local-stack.js";
import { seedDemo, type DemoSeed } from "../../../src/demo/seed-demo.js";
import { redeemInvite } from "../../../src/domain/invites/redeem-invite.js";
import { createTestDatabase } from "../../support/test-database.js";

let stack: LocalStack;
let seed: DemoSeed;
const GROUP = { id: -100_500, type: "group" as const, title: "Директора округа" };

beforeAll(async () => {
  stack = await startLocalStack({ db: await createTestDatabase() });
  seed = await seedDemo(stack.domain);
  const head = seed.personas.find((p) => p.key === "head1")!;
  await redeemInvite(stack.domain, { code: head.inviteCode, telegramId: head.telegramUser.id });
});
afterAll(() => stack.close());

const sentTo = (chatId: number) => stack.server.calls.filter((c) => (c.payload as { chat_id?: unknown }).chat_id === chatId || (c.payload as { chat_id?: unknown }).chat_id === String(chatId));

describe("a group or a channel", () => {
  it("added to a group: one notice that it works only in private, then it leaves", async () => {
    const head = seed.personas.find((p) => p.key === "head1")!.telegramUser;
    const update: Update = {
      update_id: 900_001,
      my_chat_member: {
        chat: GROUP,
        from: { id: head.id, is_bot: false, first_name: head.first_name },
        date: 1,
        old_chat_member: { user: { id: stack.server.me.id, is_bot: true, first_name: "bot" }, status: "left" },
        new_chat_member: { user: { id: stack.server.me.id, is_bot: true, first_name: "bot" }, status: "member" },
      },
    };
    await stack.bot().bot.handleUpdate(update);
    const calls = sentTo(GROUP.id);
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "leaveChat"]);
    expect(String((calls[0]!.payload as { text: string }).text)).toContain("только в личных сообщениях");
  });

  it("a registered head's /forms in a group shows nothing there", async () => {
    const head = seed.personas.find((p) => p.key === "head1")!.telegramUser;
    const before = sentTo(GROUP.id).length;
    await stack.bot().bot.handleUpdate({
      update_id: 900_002,
      message: { message_id: 5, date: 1, chat: GROUP, from: { id: head.id, is_bot: false, first_name: head.first_name }, text: "/forms", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
    });
    expect(sentTo(GROUP.id).length).toBe(before);
  });

  it("added to a channel: it leaves without posting; a channel post (no sender) gets nothing and breaks nothing", async () => {
    const CHANNEL = { id: -100_777, type: "channel" as const, title: "Новости округа" };
    const head = seed.personas.find((p) => p.key === "head1")!.telegramUser;
    await stack.bot().bot.handleUpdate({
      update_id: 900_003,
      my_chat_member: {
        chat: CHANNEL,
        from: { id: head.id, is_bot: false, first_name: head.first_name },
        date: 1,
        old_chat_member: { user: { id: stack.server.me.id, is_bot: true, first_name: "bot" }, status: "left" },
        new_chat_member: {
          user: { id: stack.server.me.id, is_bot: true, first_name: "bot" },
          status: "administrator",
          can_be_edited: false,
          can_manage_chat: true,
          can_change_info: false,
          can_post_messages: true,
          can_edit_messages: false,
          can_delete_messages: false,
          can_invite_users: false,
          can_restrict_members: false,
          can_promote_members: false,
          can_manage_video_chats: false,
          is_anonymous: false,
          can_post_stories: false,
          can_edit_stories: false,
          can_delete_stories: false,
        },
      },
    } as Update);
    expect(sentTo(CHANNEL.id).map((c) => c.method)).toEqual(["leaveChat"]);

    for (const [updateId, key] of [[900_004, "channel_post"], [900_005, "edited_channel_post"]] as const) {
      const post = { message_id: 7, date: 1, chat: CHANNEL, text: "/forms", entities: [{ type: "bot_command" as const, offset: 0, length: 6 }] };
      await stack.bot().bot.handleUpdate({ update_id: updateId, [key]: key === "edited_channel_post" ? { ...post, edit_date: 2 } : post } as Update);
    }
    expect(sentTo(CHANNEL.id).map((c) => c.method)).toEqual(["leaveChat"]);
    // The bot still serves its private chats.
    const user = stack.server.user(head);
    expect((await user.send("/menu")).replies.at(-1)!.text).toContain("что делаем?");
  });
});
