export type OpeningWindow = { dayOfWeek: number; opensAt: number; closesAt: number };

// Stores run on Asia/Shanghai time, which has had no daylight saving since 1991.
const LOCAL_OFFSET_MINUTES = 8 * 60;
const DAY = 1440;

function localClock(now: Date): { dayOfWeek: number; minute: number } {
  const localMinutes = Math.floor(now.getTime() / 60_000) + LOCAL_OFFSET_MINUTES;
  const minute = ((localMinutes % DAY) + DAY) % DAY;
  const days = Math.floor(localMinutes / DAY);
  // 1970-01-01 was a Thursday (4).
  return { dayOfWeek: (((days + 4) % 7) + 7) % 7, minute };
}

/**
 * Whether a store is open at `now`. A window closing after midnight (closesAt > 1440) keeps
 * the store open into the small hours of the next day. No windows at all means hours were
 * never configured, which the console treats as always open.
 */
export function isOpenAt(windows: readonly OpeningWindow[], now: Date): boolean {
  if (windows.length === 0) return true;
  const { dayOfWeek, minute } = localClock(now);
  const yesterday = (dayOfWeek + 6) % 7;
  return windows.some(
    (w) =>
      (w.dayOfWeek === dayOfWeek && minute >= w.opensAt && minute < w.closesAt) ||
      (w.dayOfWeek === yesterday && w.closesAt > DAY && minute + DAY < w.closesAt),
  );
}

/** Local "HH:MM" of the next opening within a week, for the refusal message; null if never. */
export function nextOpening(windows: readonly OpeningWindow[], now: Date): string | null {
  const { dayOfWeek, minute } = localClock(now);
  let best: number | null = null;
  for (const w of windows) {
    const ahead = (w.dayOfWeek - dayOfWeek + 7) % 7;
    let wait = ahead * DAY + w.opensAt - minute;
    if (wait <= 0) wait += 7 * DAY;
    if (best === null || wait < best) best = wait;
  }
  if (best === null) return null;
  const at = (minute + best) % DAY;
  return `${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}`;
}
