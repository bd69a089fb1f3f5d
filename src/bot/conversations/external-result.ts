// Domain calls inside conversations run in conversation.external and must return plain data: an expected
// DomainError becomes { ok: false } (replayed faithfully), anything else is thrown to the error boundary.
import { isDomainError, type DomainErrorCode } from "../../domain/errors.js";

export type Attempt<T> = { ok: true; value: T } | { ok: false; code: DomainErrorCode; params: Record<string, string | number> };

export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (isDomainError(error)) return { ok: false, code: error.code, params: error.params };
    throw error;
  }
}
