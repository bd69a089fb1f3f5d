// Scene 1: nobody gets in without an invite. The admin's invites, a stranger's polite refusal, then a school
// head, a methodologist and an official open their invites and see their own menus; the head asks for help.
import { runCli } from "../../admin/run-cli.js";
import { inviteDeepLink } from "../../domain/invites/invite-code.js";
import { DemoStepError, hasButton, type DemoScene } from "./demo-context.js";

export const invitesScene: DemoScene = {
  title: "Сцена 1. Приглашения и вход (invites and sign-in)",
  async run(demo) {
    const { municipality } = demo.seed;
    demo.note(
      `Администратор завёл «${municipality.name}», пять школ и выпустил приглашения —\n` +
        "по одному на человека (npm run admin -- invite:create …). Вот они:",
    );
    const command = ["invite:list", "--municipality", municipality.name];
    demo.print(`$ npm run admin -- invite:list --municipality "${municipality.name}"`);
    const errors: string[] = [];
    const code = await runCli(command, { deps: demo.stack.domain, out: (line) => demo.print(`  ${line}`), err: (line) => errors.push(line) });
    if (code !== 0) throw new DemoStepError(`admin CLI ${command.join(" ")} exited with ${code}: ${errors.join("; ")}`);

    const head = demo.persona("head1");
    demo.note(
      `Каждый получает свою ссылку, например ${head.displayName}: ${inviteDeepLink(demo.stack.server.me.username, head.inviteCode)}\n` +
        `Открыть её в Telegram — то же, что отправить боту «/start ${head.inviteCode}».`,
    );
    demo.print();

    demo.note("Человек без приглашения пишет боту:");
    const stranger = demo.stranger({ id: 200001, first_name: "Пётр", last_name: "Сидоров", language_code: "ru" });
    await demo.send(stranger, "Здравствуйте! Куда сдавать отчёт по аттестации?", "только по приглашению");
    demo.note("Бот вежливо отказывает и больше ничего не показывает. Повторные сообщения в тот же день остаются без ответа:");
    const again = await stranger.send("Алло?");
    if (again.replies.length > 0) throw new DemoStepError(`a stranger got a second reply the same day: «${again.replies[0]!.text}»`);
    demo.print();

    demo.note("Руководитель школы открывает своё приглашение:");
    await demo.send("head1", `/start ${head.inviteCode}`, "Вы вошли как руководитель ОО");
    demo.expectLast("head1", hasButton("❓ Помощь"), "the head's menu");
    await demo.press("head1", "❓ Помощь", "Что умеет бот");
    demo.print();

    demo.note("Методист ММС:");
    await demo.send("methodologist", `/start ${demo.persona("methodologist").inviteCode}`, "Вы вошли как методист");
    demo.expectLast("methodologist", hasButton("➕ Новый мониторинг"), "the methodologist's menu");
    demo.print();

    demo.note("Специалист МОУО:");
    await demo.send("official", `/start ${demo.persona("official").inviteCode}`, "Вы вошли как специалист МОУО");
    demo.expectLast("official", hasButton("📋 Мониторинги"), "the official's menu");
    demo.print();

    const others = (["head2", "head3"] as const).map((key) => demo.persona(key));
    await demo.quietly(async () => {
      for (const persona of others) {
        await demo.send(persona.key, `/start ${persona.inviteCode}`, "Вы вошли как руководитель ОО");
      }
    });
    demo.note(
      `Так же входят ${others.map((p) => `${p.displayName} (${p.schoolShortName})`).join(" и ")}.\n` +
        "У Микшинской СОШ и Кавской ООШ руководители в боте пока не зарегистрированы.",
    );
  },
};
