const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Start of the business day (00:00 Asia/Shanghai, which has no DST) containing `now`, as UTC. */
export function startOfBusinessDay(now: Date = new Date()): Date {
  const local = now.getTime() + SHANGHAI_OFFSET_MS;
  const midnightLocal = local - (local % 86_400_000);
  return new Date(midnightLocal - SHANGHAI_OFFSET_MS);
}

/** The business day (YYYY-MM-DD in Asia/Shanghai) of an instant. */
export function businessDayKey(date: Date): string {
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
