import { haversineKm } from "./model";

export type Ping = { lat: number; lng: number; recordedAt: number; speedMps?: number | null };

export type PingVerdict =
  | { index: number; action: "store"; flag: null }
  | { index: number; action: "store"; flag: "impossible_jump" }
  | {
      index: number;
      action: "drop";
      reason: "duplicate" | "out_of_order" | "from_future" | "off_shift";
    };

export type PingRules = {
  /** Faster than this between two fixes is not a courier on a bike: flagged, not trusted. */
  maxSpeedKmh: number;
  /** Clock skew tolerated for fixes stamped in the future. */
  futureToleranceMs: number;
};

export const DEFAULT_PING_RULES: PingRules = { maxSpeedKmh: 120, futureToleranceMs: 60_000 };

/**
 * Sorts out a batch of GPS fixes against the last trusted one: duplicates and fixes older than
 * what we have are dropped (they would move the courier backwards), fixes from an off-shift
 * courier are dropped, and jumps no vehicle could make are stored but flagged, so they never
 * move the courier on the map or in the planner. Pure; the batch is judged in time order.
 */
export function judgePings(
  pings: readonly Ping[],
  last: { lat: number; lng: number; recordedAt: number } | null,
  ctx: { onShift: boolean; now: number },
  rules: PingRules = DEFAULT_PING_RULES,
): PingVerdict[] {
  const order = pings
    .map((_, i) => i)
    .sort((a, b) => {
      return (pings[a]?.recordedAt ?? 0) - (pings[b]?.recordedAt ?? 0) || a - b;
    });
  const verdicts: PingVerdict[] = [];
  let anchor = last;
  const seen = new Set<string>();
  for (const index of order) {
    const p = pings[index];
    if (!p) continue;
    const key = `${p.recordedAt}:${p.lat}:${p.lng}`;
    if (!ctx.onShift) {
      verdicts.push({ index, action: "drop", reason: "off_shift" });
    } else if (p.recordedAt > ctx.now + rules.futureToleranceMs) {
      verdicts.push({ index, action: "drop", reason: "from_future" });
    } else if (seen.has(key) || (anchor && p.recordedAt === anchor.recordedAt)) {
      verdicts.push({ index, action: "drop", reason: "duplicate" });
    } else if (anchor && p.recordedAt < anchor.recordedAt) {
      verdicts.push({ index, action: "drop", reason: "out_of_order" });
    } else {
      seen.add(key);
      const hours = anchor ? (p.recordedAt - anchor.recordedAt) / 3_600_000 : 0;
      const km = anchor ? haversineKm(anchor.lat, anchor.lng, p.lat, p.lng) : 0;
      if (anchor && km > 0.05 && km / Math.max(hours, 1 / 3600) > rules.maxSpeedKmh) {
        verdicts.push({ index, action: "store", flag: "impossible_jump" });
      } else {
        verdicts.push({ index, action: "store", flag: null });
        anchor = { lat: p.lat, lng: p.lng, recordedAt: p.recordedAt };
      }
    }
  }
  return verdicts.sort((a, b) => a.index - b.index);
}
