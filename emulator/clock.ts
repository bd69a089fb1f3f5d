/** Telegram dates are Unix time in seconds. */
export function unixTime(): number {
  return Math.floor(Date.now() / 1000);
}
