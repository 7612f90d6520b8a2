import type { Metric } from "../schemas";

export type PersonStats = {
  ordersHandled: number;
  avgAcceptSeconds: number | null;
  ticketsResolved: number;
  avgFirstResponseSeconds: number | null;
  csat: number | null;
  refundsIssued: number;
  refundedCents: number;
};

export type CourierStats = { deliveries: number; onTimeRate: number | null; distanceKm: number };

export type TargetRule = {
  metric: Metric;
  target: number;
  pointsPerUnit: number;
  bonusPoints: number;
};

/** Mean of numbers, or null for none. */
export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Great-circle distance in kilometres. */
export function haversineKm(
  a: { lat: number; lng: number },
  b: { lat: number; lng: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The value of a metric in a person's or courier's figures (null when it does not apply). */
export function metricValue(
  metric: Metric,
  stats: Partial<PersonStats & CourierStats>,
): number | null {
  const v = stats[metric];
  return typeof v === "number" ? v : null;
}

/**
 * Incentive points: every unit of a metric earns its points, and meeting the target earns the
 * bonus once. Rates (on-time, CSAT) earn only the bonus.
 */
export function incentivePoints(
  rules: readonly TargetRule[],
  stats: Partial<PersonStats & CourierStats>,
): number {
  let points = 0;
  for (const rule of rules) {
    const value = metricValue(rule.metric, stats);
    if (value === null) continue;
    const isRate = rule.metric === "onTimeRate" || rule.metric === "csat";
    if (!isRate) points += Math.floor(value) * rule.pointsPerUnit;
    if (value >= rule.target) points += rule.bonusPoints;
  }
  return points;
}
