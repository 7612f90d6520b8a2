/** A point on the map, degrees. */
export type Point = { lat: number; lng: number };

const M_PER_DEG_LAT = 111_320;

/** Metres between two nearby points (equirectangular; exact enough within a city). */
export function metresBetween(a: Point, b: Point): number {
  const x = (b.lng - a.lng) * M_PER_DEG_LAT * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  const y = (b.lat - a.lat) * M_PER_DEG_LAT;
  return Math.hypot(x, y);
}

/**
 * Where a courier riding at `speedKmh` towards `target` is after `ms`, as `steps` evenly
 * spaced fixes (the batch the courier app would send), and whether they arrived.
 */
export function ride(
  from: Point,
  target: Point,
  speedKmh: number,
  ms: number,
  steps = 3,
): { fixes: Point[]; arrived: boolean } {
  const total = metresBetween(from, target);
  const reach = (speedKmh / 3.6) * (ms / 1000);
  const share = total <= 1 ? 1 : Math.min(1, reach / total);
  const fixes = Array.from({ length: steps }, (_, i) => {
    const k = (share * (i + 1)) / steps;
    return {
      lat: from.lat + (target.lat - from.lat) * k,
      lng: from.lng + (target.lng - from.lng) * k,
    };
  });
  return { fixes, arrived: share >= 1 };
}
