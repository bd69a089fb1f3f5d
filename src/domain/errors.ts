// Transport-neutral errors: the bot turns `code` into a localized message (locales: `error-<code>`).
export type DomainErrorCode =
  | "not-registered" // no person behind this Telegram account
  | "access-revoked"
  | "forbidden" // the person may not touch this (another school, another municipality, wrong role)
  | "not-found"
  | "invite-unknown"
  | "invite-used"
  | "invite-expired"
  | "invite-revoked"
  | "invite-rate-limited" // too many wrong codes from this Telegram account this hour: the bot stays silent
  | "already-registered"
  | "invalid-input"
  | "campaign-not-open"
  | "campaign-closed"
  | "campaign-incomplete"
  | "form-changed" // the answers changed since the head reviewed them
  | "conflict"
  | "task-protocol-empty" // no numbered decisions in the pasted text or the document
  | "task-not-open" // closing an assignment already done or accepted
  | "task-not-done" // accepting or returning one not (or no longer) waiting for review
  | "task-no-evidence"
  // a roadmap file that cannot be imported (nothing is stored)
  | "plan-old-doc" // a binary Word 97-2003 .doc: save it as .docx
  | "plan-encrypted" // password-protected
  | "plan-too-large"
  | "plan-unsupported-format"
  | "plan-unreadable" // a damaged file
  | "plan-no-table" // no table with the plan's columns
  | "plan-empty" // the plan's table has no items
  | "plan-no-period" // the title names no period and none was given
  | "announcement-no-recipients" // the audience has nobody in the bot
  | "announcement-deadline-too-early" // «Ознакомиться до» is not after the sending
  | "announcement-recalled" // corrected, reminded or acknowledged after it was recalled
  | "announcement-not-sent-yet"; // recalled or reminded before its copies went out

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
