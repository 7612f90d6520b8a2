// Calendar arithmetic for rollup keys. Business time is Asia/Shanghai (UTC+8, no DST), so a
// local day, hour and week are fixed offsets from UTC.
const OFFSET_MS = 8 * 3_600_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The business day (YYYY-MM-DD) of an instant. */
export function dayKey(at: Date | number): string {
  const ms = typeof at === "number" ? at : at.getTime();
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** UTC instant at which a business day (YYYY-MM-DD) starts. */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

/** The business day `n` days after `day` (negative for before). */
export function addDays(day: string, n: number): string {
  return dayKey(dayStart(day).getTime() + n * DAY_MS);
}

/** Days from `from` to `to` inclusive (0 when inverted). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS) + 1;
}

/** Every business day from `from` to `to` inclusive. */
export function dayRange(from: string, to: string): string[] {
  const n = Math.max(0, daysBetween(from, to));
  return Array.from({ length: n }, (_, i) => addDays(from, i));
}

/** Local hour (0-23) and weekday (0 = Sunday) of an instant. */
export function localClock(at: Date): { hour: number; weekday: number } {
  const local = new Date(at.getTime() + OFFSET_MS);
  return { hour: local.getUTCHours(), weekday: local.getUTCDay() };
}

/** Start of the UTC hour holding an instant (also a local hour boundary at UTC+8). */
export function hourStart(at: Date): Date {
  return new Date(at.getTime() - (at.getTime() % HOUR_MS));
}

/** The Monday (business day key) of the week holding a business day. */
export function weekKey(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}
