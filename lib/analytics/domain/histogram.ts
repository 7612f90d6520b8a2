// Delivery times are kept as a histogram of fixed minute buckets, so a percentile over any
// filter is a sum of bucket counts plus interpolation inside one bucket: exact to within the
// bucket's width (5 minutes up to 50, wider above), without storing one row per order.

/** Lower edges in minutes of buckets d0..d11; the last bucket is open-ended. */
export const DELIVERY_BUCKET_EDGES = [0, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90] as const;
const OPEN_END_WIDTH = 30;

export type Histogram = number[];

/** Bucket index of a delivery time in seconds. */
export function deliveryBucket(seconds: number): number {
  const minutes = seconds / 60;
  let index = 0;
  for (const [i, edge] of DELIVERY_BUCKET_EDGES.entries()) if (minutes >= edge) index = i;
  return index;
}

/**
 * The q-quantile (0..1) in minutes, interpolated linearly inside its bucket; null when the
 * histogram is empty.
 */
export function histogramPercentile(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const target = q * total;
  let seen = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i] ?? 0;
    if (n > 0 && seen + n >= target) {
      const low = DELIVERY_BUCKET_EDGES[i] ?? 0;
      const high = DELIVERY_BUCKET_EDGES[i + 1] ?? low + OPEN_END_WIDTH;
      return low + ((target - seen) / n) * (high - low);
    }
    seen += n;
  }
  return DELIVERY_BUCKET_EDGES.at(-1) ?? 0;
}
