export type Lift = {
  days: number;
  duringPerDay: number;
  beforePerDay: number;
  /** Relative change in orders per day, in percent; null when there is nothing to compare. */
  liftPct: number | null;
};

/**
 * A simple, explainable lift: orders per day during the campaign against the same number of
 * days just before it, in the same stores. Not causal; season and other campaigns move it too.
 */
export function liftEstimate(during: number, before: number, days: number): Lift {
  if (days <= 0) return { days: 0, duringPerDay: 0, beforePerDay: 0, liftPct: null };
  const duringPerDay = during / days;
  const beforePerDay = before / days;
  return {
    days,
    duringPerDay,
    beforePerDay,
    liftPct: before === 0 ? null : Math.round(((during - before) / before) * 1000) / 10,
  };
}
