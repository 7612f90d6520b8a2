/** A [lng, lat] pair, the order GeoJSON and our Zone.polygon use. */
export type LngLat = readonly [number, number];

/**
 * Whether a point lies inside a polygon (ray casting; the polygon closes implicitly). Points
 * exactly on an edge may fall either way, which is fine at delivery-zone precision.
 */
export function pointInPolygon(point: LngLat, polygon: readonly LngLat[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    const crosses =
      a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0];
    if (crosses) inside = !inside;
  }
  return inside;
}

export type ZoneShape = {
  id: string;
  storeId: string | null;
  polygon: readonly LngLat[];
  deliveryFeeCents: number;
  minOrderCents: number;
};

/**
 * The zone that serves a point: a store's own zone wins over a platform-wide one, and among
 * equals the cheapest delivery fee wins, so the customer always gets the best applicable terms.
 */
export function findZone<Z extends ZoneShape>(zones: readonly Z[], point: LngLat): Z | null {
  const hits = zones.filter((z) => pointInPolygon(point, z.polygon));
  hits.sort(
    (a, b) =>
      Number(a.storeId === null) - Number(b.storeId === null) ||
      a.deliveryFeeCents - b.deliveryFeeCents,
  );
  return hits[0] ?? null;
}

/** Parses Zone.polygon JSON; a malformed value yields an empty polygon that contains nothing. */
export function parsePolygon(json: string): LngLat[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((p: unknown) =>
      Array.isArray(p) && typeof p[0] === "number" && typeof p[1] === "number"
        ? [[p[0], p[1]] as const]
        : [],
    );
  } catch {
    return [];
  }
}
