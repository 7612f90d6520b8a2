// Calendar helpers for Asia/Shanghai (UTC+8, no DST): the business day is local, storage is UTC.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const LOCAL_OFFSET = 8 * HOUR;

/** The seed's "now": the start of the current hour, so seeding twice in an hour gives equal data. */
export function seedNow(date = new Date()): Date {
  return new Date(Math.floor(date.getTime() / HOUR) * HOUR);
}

/** UTC instant of local midnight of the local day containing `ms`. */
export function localMidnight(ms: number): number {
  return Math.floor((ms + LOCAL_OFFSET) / DAY) * DAY - LOCAL_OFFSET;
}

/** Minutes after local midnight. */
export function localMinuteOfDay(ms: number): number {
  return Math.floor(((((ms + LOCAL_OFFSET) % DAY) + DAY) % DAY) / MINUTE);
}

/** 0 = Sunday .. 6 = Saturday, local. */
export function localDayOfWeek(ms: number): number {
  return new Date(ms + LOCAL_OFFSET).getUTCDay();
}

export function isWeekend(ms: number): boolean {
  const d = localDayOfWeek(ms);
  return d === 0 || d === 6;
}

/** yymmdd of the local date, for order codes. */
export function localYymmdd(ms: number): string {
  const d = new Date(ms + LOCAL_OFFSET);
  const yy = String(d.getUTCFullYear() % 100).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return yy + mm + dd;
}

/** Local time of day (minutes) → UTC instant on the local day starting at `midnight`. */
export function atLocal(midnight: number, minutes: number): Date {
  return new Date(midnight + minutes * MINUTE);
}
