// A notice kind: how an outbox row's payload becomes a message in the recipient's language. Renderers are
// pure (no database, no clock): everything they need is in the payload the use case wrote.
import type { Language, Translate } from "../../bot/i18n.js";
import type { OutgoingMessage } from "../outgoing-message.js";

export interface NoticeRecipient {
  personId: number;
  language: Language;
  t: Translate;
}

export interface NoticeDefinition<P = unknown> {
  /** "<feature>.<what>", the `kind` written by enqueueNotices. */
  kind: string;
  /** A payload it cannot render should throw: the row ends as failed, with the reason. */
  render(payload: P, recipient: NoticeRecipient): OutgoingMessage;
}

/** Typed for the feature that writes the payload; the registry holds them type-erased. */
export function defineNotice<P>(definition: NoticeDefinition<P>): NoticeDefinition {
  return definition as NoticeDefinition;
}
