const HOUR_MS = 3_600_000;
// Asia/Shanghai has no daylight saving, so a fixed offset is exact.
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

// Demo orders per hour across all stores by Shanghai hour of day: a lunch peak around 12:00,
// a taller dinner peak around 18:30, a trickle of late-night snacks, nearly nothing at dawn.
const HOURLY: readonly number[] = [
  6, 3, 2, 1, 1, 1, 2, 6, 10, 12, 24, 60, 72, 40, 16, 12, 18, 48, 84, 66, 30, 20, 14, 10,
];

/** Hour of day (0–23) in Asia/Shanghai. */
export function shanghaiHour(now: Date): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCHours();
}

/** Expected demo orders per hour at this moment, all stores together. */
export function ordersPerHour(now: Date): number {
  return HOURLY[shanghaiHour(now)] ?? 0;
}

/**
 * How many orders to place in a tick of `tickMs`: the expected count rounded up or down at
 * random in proportion, so the long-run rate matches the curve without a Poisson library.
 */
export function ordersThisTick(now: Date, tickMs: number, random: () => number): number {
  const expected = (ordersPerHour(now) * tickMs) / HOUR_MS;
  const whole = Math.floor(expected);
  return whole + (random() < expected - whole ? 1 : 0);
}
