import { z } from "zod";
import { Channel } from "@/lib/generated/prisma/enums";

const MINUTES_PER_DAY = 1440;
// Monday first, as Chinese calendars show the week; dayOfWeek is 0 = Sunday.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

export type HoursRow = { dayOfWeek: number; opensAt: number; closesAt: number };

/** One opening interval as local clock times; `closesNextDay` when it runs past midnight. */
export type Interval = { opens: string; closes: string; closesNextDay: boolean };

/** Consecutive days (dayOfWeek values, Monday first) that share the same intervals. */
export type HoursGroup = { days: number[]; intervals: Interval[] };

const autoAcceptSchema = z.record(z.string(), z.boolean());
const CHANNELS = Object.values(Channel);

/** Minutes after midnight as HH:MM; 1440 reads 24:00. */
export function formatClock(minutes: number): string {
  const hh = Math.floor(minutes / 60);
  const mm = minutes % 60;
  return `${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}`;
}

function toInterval(row: HoursRow): Interval {
  const closesNextDay = row.closesAt > MINUTES_PER_DAY;
  return {
    opens: formatClock(row.opensAt),
    closes: formatClock(closesNextDay ? row.closesAt - MINUTES_PER_DAY : row.closesAt),
    closesNextDay,
  };
}

/** The week's opening hours, Monday first, with runs of identical days merged. */
export function summarizeHours(rows: readonly HoursRow[]): HoursGroup[] {
  const groups: HoursGroup[] = [];
  let lastKey: string | null = null;
  for (const day of WEEK_ORDER) {
    const intervals = rows
      .filter((r) => r.dayOfWeek === day)
      .sort((a, b) => a.opensAt - b.opensAt)
      .map(toInterval);
    const key = JSON.stringify(intervals);
    const last = groups.at(-1);
    if (last && key === lastKey) last.days.push(day);
    else groups.push({ days: [day], intervals });
    lastKey = key;
  }
  return groups;
}

/** The channels whose orders are accepted automatically; unreadable JSON means none. */
export function parseAutoAccept(json: string): { channels: Channel[]; valid: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { channels: [], valid: false };
  }
  const parsed = autoAcceptSchema.safeParse(value);
  if (!parsed.success) return { channels: [], valid: false };
  return { channels: CHANNELS.filter((c) => parsed.data[c] === true), valid: true };
}
