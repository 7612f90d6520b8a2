import type { LiveCourier, LiveOrder } from "../types";

// Small deterministic generator (mulberry32), so benchmarks and tests see the same city.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CENTRE = { lat: 31.23, lng: 121.47 };
const MIN = 60_000;

/**
 * A synthetic city of about 10 x 10 km: `stores` pickup points, couriers scattered with up
 * to one order on board, open orders ready within 20 minutes and promised 25-50 minutes out.
 */
export function syntheticCity(opts: {
  seed: number;
  couriers: number;
  orders: number;
  stores?: number;
  now: number;
}): { couriers: LiveCourier[]; orders: LiveOrder[] } {
  const r = prng(opts.seed);
  const around = (spread: number) => ({
    lat: CENTRE.lat + (r() - 0.5) * spread,
    lng: CENTRE.lng + (r() - 0.5) * spread,
  });
  const stores = Array.from({ length: opts.stores ?? 40 }, () => around(0.09));
  const couriers: LiveCourier[] = Array.from({ length: opts.couriers }, (_, i) => {
    const at = around(0.09);
    const carrying = r() < 0.3;
    return {
      id: `c${i}`,
      code: `C${String(i + 1).padStart(3, "0")}`,
      ...at,
      capacity: 3 + Math.floor(r() * 3),
      available: true,
      onBoard: carrying
        ? [{ orderId: `b${i}`, code: `B${i}`, ...around(0.09), promisedAt: opts.now + 15 * MIN }]
        : [],
    };
  });
  const orders: LiveOrder[] = Array.from({ length: opts.orders }, (_, k) => {
    const store = stores[Math.floor(r() * stores.length)] ?? CENTRE;
    const drop = { lat: store.lat + (r() - 0.5) * 0.03, lng: store.lng + (r() - 0.5) * 0.03 };
    const readyIn = Math.floor(r() * 20);
    return {
      id: `o${k}`,
      code: `O${k}`,
      pickupLat: store.lat,
      pickupLng: store.lng,
      dropLat: drop.lat,
      dropLng: drop.lng,
      readyAt: opts.now + readyIn * MIN,
      promisedAt: opts.now + (readyIn + 25 + Math.floor(r() * 25)) * MIN,
      currentCourierId: null,
      fixed: false,
      paused: false,
      excludedCourierIds: [],
    };
  });
  return { couriers, orders };
}
