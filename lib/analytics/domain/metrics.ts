// Ratios and comparisons that never produce NaN: an empty denominator is "no data" (null).

/** a / b, or null when b is 0. */
export function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

/** Relative change from `previous` to `current`; null when there is nothing to compare. */
export function change(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}

/** A metric for the period and the previous one. */
export type Compared = { value: number | null; previous: number | null; change: number | null };

export function compared(value: number | null, previous: number | null): Compared {
  return { value, previous, change: change(value, previous) };
}

/** Zero for missing sums (Prisma returns null sums for no rows). */
export function n(value: number | null | undefined): number {
  return value ?? 0;
}
