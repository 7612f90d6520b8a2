/** A courier shift as recorded: planned times and the clock-in/out when they happened. */
export type ShiftTimes = {
  startsAt: Date;
  endsAt: Date;
  clockInAt: Date | null;
  clockOutAt: Date | null;
};

/**
 * Seconds a courier was online within [from, to): from clock-in to clock-out (a shift still
 * running counts until `now`, at most to its planned end); shifts never clocked in count nothing.
 * Overlapping shifts are merged, so no second counts twice.
 */
export function onlineSeconds(shifts: readonly ShiftTimes[], from: Date, to: Date, now: Date) {
  const spans = shifts
    .filter((s) => s.clockInAt !== null)
    .map((s) => {
      const end = s.clockOutAt ?? new Date(Math.min(now.getTime(), s.endsAt.getTime()));
      return [
        Math.max((s.clockInAt as Date).getTime(), from.getTime()),
        Math.min(end.getTime(), to.getTime()),
      ] as const;
    })
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let cursor = -Infinity;
  for (const [a, b] of spans) {
    const start = Math.max(a, cursor);
    if (b > start) total += b - start;
    cursor = Math.max(cursor, b);
  }
  return Math.round(total / 1000);
}
