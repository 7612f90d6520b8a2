/** Great-circle distance in kilometres between two [lng, lat] points. */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// An e-bike in city traffic averages about 15 km/h, plus a few minutes to find a courier and
// hand over at the door; good enough for a promise until dispatch computes a real ETA.
const HANDOVER_MINUTES = 6;
const KM_PER_MINUTE = 0.25;

/** Minutes a courier needs from the store to the customer. */
export function travelMinutes(km: number): number {
  return Math.ceil(HANDOVER_MINUTES + km / KM_PER_MINUTE);
}

/** Quoted preparation time: the per-order value, else the store default, longer when busy. */
export function quotedPrepMinutes(
  store: { prepMinutes: number; busyExtraMinutes: number; status: string },
  perOrder?: number | null,
): number {
  const base = perOrder ?? store.prepMinutes;
  return store.status === "BUSY" ? base + store.busyExtraMinutes : base;
}
