import type { Rng } from "./prng";
import { isOpenAt, type StoreDef } from "./stores-data";
import { DAY, isWeekend, MINUTE } from "./time";

// Relative order volume per local half hour on a weekday: lunch 11:00-13:00 and dinner
// 17:30-19:30 peaks, a mid-afternoon lull, a thin late-night tail (mostly BBQ).
const WEEKDAY: readonly number[] = [
  0.5,
  0.4,
  0.3,
  0.25,
  0.15,
  0.1,
  0.05,
  0.05,
  0.03,
  0.03,
  0.05,
  0.1, // 00:00-05:30
  0.3,
  0.5,
  0.8,
  1.0,
  1.0,
  0.9,
  0.8,
  0.9,
  1.3,
  2.0,
  4.5,
  6.5, // 06:00-11:30
  7.0,
  5.0,
  2.8,
  1.6,
  1.1,
  0.9,
  0.8,
  0.8,
  0.9,
  1.2,
  2.2,
  4.5, // 12:00-17:30
  6.0,
  5.5,
  4.0,
  2.6,
  1.9,
  1.6,
  1.5,
  1.3,
  1.1,
  0.9,
  0.7,
  0.6, // 18:00-23:30
];

// Weekends: people sleep in, so breakfast is thinner and the lunch peak comes half an hour later.
const WEEKEND: readonly number[] = WEEKDAY.map((v, i) => {
  if (i >= 12 && i < 20) return v * 0.7;
  if (i >= 21 && i <= 29) return WEEKDAY[i - 1] ?? v;
  if (i === 20) return v * 0.8;
  if (i >= 40) return v * 1.3;
  return v;
});

export type DayPlan = { midnight: number; weight: number; count: number };

function openWeights(stores: readonly StoreDef[], base: readonly number[]): number[] {
  // A half hour when no store takes orders gets no demand at all.
  return base.map((v, i) => (stores.some((s) => isOpenAt(s, i * 30 + 15)) ? v : 0));
}

/** Half-hour weights for a local day, truncated at `until` (for today). */
export function slotWeights(
  stores: readonly StoreDef[],
  midnight: number,
  until: number,
): number[] {
  const base = openWeights(stores, isWeekend(midnight + 12 * 3_600_000) ? WEEKEND : WEEKDAY);
  return base.map((v, i) => {
    const start = midnight + i * 30 * MINUTE;
    if (start >= until) return 0;
    const end = start + 30 * MINUTE;
    return end <= until ? v : (v * (until - start)) / (30 * MINUTE);
  });
}

/** Splits `total` orders over `days` local days ending today, with a growth trend and weekend lift. */
export function planDays(
  rng: Rng,
  stores: readonly StoreDef[],
  todayMidnight: number,
  now: number,
  days: number,
  total: number,
): DayPlan[] {
  const fullDay = openWeights(stores, WEEKDAY).reduce((a, b) => a + b, 0);
  const plans: DayPlan[] = [];
  for (let k = 0; k < days; k++) {
    const midnight = todayMidnight - (days - 1 - k) * DAY;
    const trend = 0.85 + (0.3 * k) / Math.max(1, days - 1);
    const weekend = isWeekend(midnight + 12 * 3_600_000) ? 1.2 : 1;
    const elapsed = slotWeights(stores, midnight, now).reduce((a, b) => a + b, 0);
    const full = slotWeights(stores, midnight, midnight + DAY).reduce((a, b) => a + b, 0);
    const fraction = full > 0 ? elapsed / full : 0;
    plans.push({
      midnight,
      weight: trend * weekend * rng.float(0.93, 1.07) * fraction * (full / fullDay),
      count: 0,
    });
  }
  const sum = plans.reduce((a, p) => a + p.weight, 0);
  // Cumulative rounding so the day counts add up to exactly `total`.
  let acc = 0;
  let given = 0;
  for (const p of plans) {
    acc += (p.weight / sum) * total;
    p.count = Math.round(acc) - given;
    given += p.count;
  }
  return plans;
}

/** Sorted placement instants for one day, drawn from the half-hour weights. */
export function sampleTimes(
  rng: Rng,
  weights: readonly number[],
  midnight: number,
  count: number,
  until: number,
): number[] {
  const cum: number[] = [];
  let t = 0;
  for (const v of weights) cum.push((t += v));
  const out: number[] = [];
  if (t <= 0) return out;
  for (let i = 0; i < count; i++) {
    const x = rng.next() * t;
    let slot = cum.findIndex((c) => c > x);
    if (slot < 0) slot = cum.length - 1;
    const at = midnight + slot * 30 * MINUTE + Math.floor(rng.next() * 30 * MINUTE);
    out.push(Math.min(at, until - 1000));
  }
  return out.sort((a, b) => a - b);
}

/** Which open store gets an order at a local minute: popularity, with meal-time affinities. */
export function storeWeight(store: StoreDef, minute: number): number {
  if (!isOpenAt(store, minute)) return 0;
  let w = store.popularity;
  const code = store.code;
  if (code === "S12") w *= minute < 600 ? 6 : 0.6; // breakfast place owns the morning
  if (code === "S07") w *= minute >= 1200 || minute < 180 ? 4 : 1; // BBQ owns late night
  if (code === "S06") w *= minute >= 840 && minute < 1050 ? 2.5 : 1; // afternoon tea
  if (code === "S05") w *= minute >= 1260 ? 2 : 1;
  return w;
}
