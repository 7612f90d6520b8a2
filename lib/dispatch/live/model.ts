import type { LiveCourier, LiveOrder, LiveSettings } from "./types";

/**
 * Flat model of one re-plan: node `c` (< couriers) is courier c's position, node
 * `C + 2k` order k's pickup and `C + 2k + 1` its drop-off, then one node per on-board drop-off.
 * Times are minutes from `now`; travel minutes come from haversine distance and the speed.
 */
export type LiveModel = {
  couriers: readonly LiveCourier[];
  orders: readonly LiveOrder[];
  settings: LiveSettings;
  now: number;
  nodeCount: number;
  travel: Float64Array;
  /** Earliest service start (food ready) of a pickup node; -Infinity otherwise. */
  ready: Float64Array;
  /** Promise of a drop-off node; +Infinity otherwise. */
  promise: Float64Array;
  /** +1 for a pickup, -1 for a drop-off. */
  delta: Int8Array;
  lat: Float64Array;
  lng: Float64Array;
  /** Per courier: its on-board drop-off nodes. */
  onBoardNodes: number[][];
  /** Per node: the order id and code it belongs to. */
  orderIdOf: string[];
  codeOf: string[];
};

const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const pickupNode = (m: LiveModel, k: number) => m.couriers.length + 2 * k;

/** Builds the model and its full travel-time matrix (O(nodes^2) haversines). */
export function buildModel(
  couriers: readonly LiveCourier[],
  orders: readonly LiveOrder[],
  settings: LiveSettings,
  now: number,
): LiveModel {
  const C = couriers.length;
  const onBoardCount = couriers.reduce((s, c) => s + c.onBoard.length, 0);
  const n = C + 2 * orders.length + onBoardCount;
  const lat = new Float64Array(n);
  const lng = new Float64Array(n);
  const ready = new Float64Array(n).fill(-Infinity);
  const promise = new Float64Array(n).fill(Infinity);
  const delta = new Int8Array(n);
  const orderIdOf: string[] = new Array<string>(n).fill("");
  const codeOf: string[] = new Array<string>(n).fill("");
  const minutes = (t: number) => (t - now) / 60_000;
  couriers.forEach((c, i) => {
    lat[i] = c.lat;
    lng[i] = c.lng;
  });
  orders.forEach((o, k) => {
    const p = C + 2 * k;
    lat[p] = o.pickupLat;
    lng[p] = o.pickupLng;
    ready[p] = minutes(o.readyAt);
    delta[p] = 1;
    lat[p + 1] = o.dropLat;
    lng[p + 1] = o.dropLng;
    promise[p + 1] = minutes(o.promisedAt);
    delta[p + 1] = -1;
    orderIdOf[p] = orderIdOf[p + 1] = o.id;
    codeOf[p] = codeOf[p + 1] = o.code;
  });
  let next = C + 2 * orders.length;
  const onBoardNodes = couriers.map((c) =>
    c.onBoard.map((o) => {
      const v = next++;
      lat[v] = o.lat;
      lng[v] = o.lng;
      promise[v] = minutes(o.promisedAt);
      delta[v] = -1;
      orderIdOf[v] = o.orderId;
      codeOf[v] = o.code;
      return v;
    }),
  );
  const travel = new Float64Array(n * n);
  const perKm = 60 / settings.speedKmh;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const t = haversineKm(lat[a] ?? 0, lng[a] ?? 0, lat[b] ?? 0, lng[b] ?? 0) * perKm;
      travel[a * n + b] = t;
      travel[b * n + a] = t;
    }
  }
  return {
    couriers,
    orders,
    settings,
    now,
    nodeCount: n,
    travel,
    ready,
    promise,
    delta,
    lat,
    lng,
    onBoardNodes,
    orderIdOf,
    codeOf,
  };
}
