/** One weekday's staffed window, minutes after local midnight; `closesAt` may be 1440. */
export type StaffedWindow = { dayOfWeek: number; opensAt: number; closesAt: number };

/** When the support desk is staffed, in the desk's local time (UTC offset in minutes). */
export type BusinessHours = { utcOffsetMinutes: number; windows: readonly StaffedWindow[] };

const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/** The demo desk: every day 09:00–23:00 China time, when lunch and dinner orders are live. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  utcOffsetMinutes: 480,
  windows: [0, 1, 2, 3, 4, 5, 6].map((d) => ({ dayOfWeek: d, opensAt: 540, closesAt: 1380 })),
};

/** The staffed intervals [start, end) in UTC ms for the local day containing `localDayStart`. */
function intervalsOfDay(hours: BusinessHours, localDayStartMs: number): [number, number][] {
  const dow = new Date(localDayStartMs).getUTCDay();
  const shift = hours.utcOffsetMinutes * MIN_MS;
  return hours.windows
    .filter((w) => w.dayOfWeek === dow && w.closesAt > w.opensAt)
    .map(
      (w) =>
        [
          localDayStartMs + w.opensAt * MIN_MS - shift,
          localDayStartMs + w.closesAt * MIN_MS - shift,
        ] as [number, number],
    )
    .sort((a, b) => a[0] - b[0]);
}

function localDayStart(hours: BusinessHours, utcMs: number): number {
  const local = utcMs + hours.utcOffsetMinutes * MIN_MS;
  return local - (((local % DAY_MS) + DAY_MS) % DAY_MS);
}

/**
 * `start` plus `ms` of staffed time: the clock only runs inside business hours, so a ticket
 * opened at night is due the same number of staffed minutes after the desk opens.
 */
export function addBusinessTime(start: Date, ms: number, hours: BusinessHours): Date {
  if (hours.windows.length === 0) return new Date(start.getTime() + ms);
  let left = Math.max(0, ms);
  let day = localDayStart(hours, start.getTime());
  const t0 = start.getTime();
  // Two years of days is far beyond any SLA; the bound only guards against empty schedules.
  for (let i = 0; i < 730; i++, day += DAY_MS) {
    for (const [a, b] of intervalsOfDay(hours, day)) {
      const from = Math.max(a, t0);
      if (from >= b) continue;
      if (from + left <= b) return new Date(from + left);
      left -= b - from;
    }
  }
  return new Date(t0 + ms);
}

/** Staffed time between two instants (0 when `to` is not after `from`). */
export function businessTimeBetween(from: Date, to: Date, hours: BusinessHours): number {
  const a = from.getTime();
  const b = to.getTime();
  if (b <= a) return 0;
  if (hours.windows.length === 0) return b - a;
  let total = 0;
  for (let day = localDayStart(hours, a); day < b; day += DAY_MS) {
    for (const [s, e] of intervalsOfDay(hours, day)) {
      const lo = Math.max(s, a);
      const hi = Math.min(e, b);
      if (hi > lo) total += hi - lo;
    }
  }
  return total;
}

/** True when the desk is staffed at `at`. */
export function isStaffed(at: Date, hours: BusinessHours): boolean {
  const t = at.getTime();
  return intervalsOfDay(hours, localDayStart(hours, t)).some(([a, b]) => t >= a && t < b);
}
