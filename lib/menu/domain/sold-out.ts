import type { OpeningWindow } from "@/lib/orders/domain/hours";

export const SOLD_OUT_MODES = ["now", "until", "tomorrow", "restock"] as const;
export type SoldOutMode = (typeof SOLD_OUT_MODES)[number];

/** "Sold out now" has no end: it lasts until someone restocks it by hand. */
export const INDEFINITE = new Date("2100-01-01T00:00:00Z");

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

/**
 * The first opening of the next business day (Asia/Shanghai) after `now`; with no hours
 * configured, local midnight of the next day.
 */
export function nextDayOpening(windows: readonly OpeningWindow[], now: Date): Date {
  const local = now.getTime() + OFFSET_MS;
  const tomorrowMidnightLocal = local - (local % DAY_MS) + DAY_MS;
  const tomorrowDow = (((Math.floor(tomorrowMidnightLocal / DAY_MS) + 4) % 7) + 7) % 7;
  // Look up to a week ahead for the next day that opens at all.
  for (let ahead = 0; ahead < 7; ahead++) {
    const dow = (tomorrowDow + ahead) % 7;
    const opens = windows.filter((w) => w.dayOfWeek === dow).map((w) => w.opensAt);
    if (opens.length > 0) {
      return new Date(
        tomorrowMidnightLocal + ahead * DAY_MS + Math.min(...opens) * 60_000 - OFFSET_MS,
      );
    }
  }
  return new Date(tomorrowMidnightLocal - OFFSET_MS);
}

/**
 * When a "sold out" ends for a chosen mode; null means available again now. Returns an
 * error message for a chosen time that is not in the future.
 */
export function soldOutUntil(
  mode: SoldOutMode,
  now: Date,
  windows: readonly OpeningWindow[],
  until?: Date,
): { ok: true; until: Date | null } | { ok: false; message: string } {
  switch (mode) {
    case "restock":
      return { ok: true, until: null };
    case "now":
      return { ok: true, until: INDEFINITE };
    case "tomorrow":
      return { ok: true, until: nextDayOpening(windows, now) };
    case "until":
      if (!until || until.getTime() <= now.getTime()) {
        return { ok: false, message: "Pick a time in the future." };
      }
      return { ok: true, until };
  }
}

export function isSoldOut(until: Date | null, now: Date): boolean {
  return until !== null && until.getTime() > now.getTime();
}
