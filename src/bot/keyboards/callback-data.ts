// Callback data stays under Telegram's 64-byte limit: short prefixes, numeric ids, ":" separators.
export function encodeCallback(prefix: string, ...parts: (string | number)[]): string {
  const data = [prefix, ...parts].join(":");
  if (Buffer.byteLength(data) > 64) throw new Error(`callback data too long: ${data}`);
  return data;
}

/** The parts after the prefix as integers, or undefined when they are not (forged or stale buttons). */
export function decodeIds(data: string, prefix: string, count: number): number[] | undefined {
  const parts = data.split(":");
  if (parts[0] !== prefix || parts.length !== count + 1) return undefined;
  const ids = parts.slice(1).map((part) => (/^\d{1,9}$/.test(part) ? Number(part) : Number.NaN));
  return ids.every(Number.isInteger) ? ids : undefined;
}

/**
 * A feature's callback data, "<feature>:<action>[:<id>…]", from the number of ids each action takes: `encode`
 * builds it, `decode` gives { action, ids } only for data of that exact shape (else a stale or forged button).
 */
export function callbackCodec<A extends string>(feature: string, arity: Readonly<Record<A, number>>) {
  return {
    encode: (action: A, ...ids: number[]): string => encodeCallback(feature, action, ...ids),
    decode(data: string): { action: A; ids: number[] } | undefined {
      const [head, action, ...rest] = data.split(":");
      if (head !== feature || action === undefined || !Object.hasOwn(arity, action)) return undefined;
      if (rest.length !== arity[action as A] || !rest.every((p) => /^\d{1,9}$/.test(p))) return undefined;
      return { action: action as A, ids: rest.map(Number) };
    },
  };
}
