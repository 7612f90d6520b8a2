import type { Objective } from "./objective";
import type { Prng } from "./prng";
import type { Problem } from "./problem";
import type { RouteState } from "./route-state";

/** Best insertion found for one request in one route; cost is Infinity if none is feasible. */
export interface InsertionMove {
  cost: number;
  i: number;
  j: number;
}

/** Creates an empty move record (reused to avoid allocations in hot loops). */
export function newMove(): InsertionMove {
  return { cost: Infinity, i: -1, j: -1 };
}

// Scratch buffers for the generic (non-distance) objective path.
let scratchNodes = new Int32Array(0);
let scratchStart = new Float64Array(0);

function extraWithInsertion(
  p: Problem,
  obj: Objective,
  route: RouteState,
  pu: number,
  de: number,
  i: number,
  j: number,
): number {
  const extra = obj.routeExtra;
  if (!extra) return 0;
  const len = route.len + 2;
  if (scratchNodes.length < len) {
    scratchNodes = new Int32Array(len * 2);
    scratchStart = new Float64Array(len * 2);
  }
  const src = route.nodes;
  let w = 0;
  for (let k = 0; k < route.len; k++) {
    scratchNodes[w++] = src[k] ?? 0;
    if (k === i) scratchNodes[w++] = pu;
    if (k === j) scratchNodes[w++] = de;
  }
  const { dist, n, early, service } = p;
  let t = 0;
  scratchStart[0] = 0;
  for (let k = 1; k < len; k++) {
    const a = scratchNodes[k - 1] ?? 0;
    const b = scratchNodes[k] ?? 0;
    const arr = t + (service[a] ?? 0) + (dist[a * n + b] ?? 0);
    const e = early[b] ?? 0;
    t = arr > e ? arr : e;
    scratchStart[k] = t;
  }
  return extra(p, scratchNodes, scratchStart, len) - route.extra;
}

/**
 * Finds the cheapest feasible way to insert request (pu, de) into `route`, writing it to
 * `out`. O(len^2) with O(1) work per (pickup, delivery) position pair: the shift caused by
 * the pickup is propagated incrementally and the tail is checked against forward slack.
 * With `rng`, a uniformly random feasible position is chosen instead (for perturbation).
 * With `blink` > 0 (and `rng`), each feasible position is skipped with that probability and
 * the cheapest remaining one is kept (SISR-style randomisation). With `firstOnly`, stops at
 * the first feasible position (a pure feasibility test; `out.cost` is then 0).
 */
export function bestInsertion(
  p: Problem,
  obj: Objective,
  route: RouteState,
  pu: number,
  de: number,
  out: InsertionMove,
  rng?: Prng,
  blink = 0,
  firstOnly = false,
): void {
  out.cost = Infinity;
  out.i = -1;
  out.j = -1;
  const { dist, n, early, late, service, capacity, eps } = p;
  const { nodes, start, load, fts, len } = route;
  const q = p.demand[pu] ?? 0;
  const eP = early[pu] ?? 0;
  const lP = (late[pu] ?? 0) + eps;
  const eD = early[de] ?? 0;
  const lD = (late[de] ?? 0) + eps;
  const sP = service[pu] ?? 0;
  const sD = service[de] ?? 0;
  const rowP = pu * n;
  const rowD = de * n;
  const generic = obj.routeExtra !== null;
  const pickRandom = rng !== undefined && blink === 0;
  // Triangle inequality: the pickup detour alone bounds the pair's detour from below.
  const prune = !generic && rng === undefined && !firstOnly;
  let best = Infinity;
  let seen = 0;

  for (let i = 0; i < len - 1; i++) {
    const a = nodes[i] ?? 0;
    const stA = start[i] ?? 0;
    if (stA > lP) break;
    if ((load[i] ?? 0) + q > capacity + eps) continue;
    const b = nodes[i + 1] ?? 0;
    const dAP = dist[a * n + pu] ?? 0;
    const dAB = dist[a * n + b] ?? 0;
    const pickupDelta = dAP + (dist[rowP + b] ?? 0) - dAB;
    if (prune && pickupDelta >= best) continue;
    const arrP = stA + (service[a] ?? 0) + dAP;
    if (arrP > lP) continue;
    const stPu = arrP > eP ? arrP : eP;
    const depP = stPu + sP;

    // Delivery directly after the pickup: a -> pu -> de -> b.
    const arrD0 = depP + (dist[rowP + de] ?? 0);
    if (arrD0 <= lD) {
      const stD = arrD0 > eD ? arrD0 : eD;
      const arrB = stD + sD + (dist[rowD + b] ?? 0);
      if (arrB - (start[i + 1] ?? 0) <= (fts[i + 1] ?? 0) + eps) {
        let c = dAP + (dist[rowP + de] ?? 0) + (dist[rowD + b] ?? 0) - dAB;
        if (firstOnly) return found(out, i, i);
        if (generic) c += extraWithInsertion(p, obj, route, pu, de, i, i);
        if (pickRandom) c = rng.next() * ++seen < 1 ? -Infinity : Infinity;
        else if (rng && rng.next() < blink) c = Infinity;
        if (c < best || c === -Infinity) {
          best = c;
          out.i = i;
          out.j = i;
        }
      }
    }

    // Delivery later: pu sits between a and b, so b.. are pushed; propagate the push.
    let prevDep = depP;
    let prevRow = rowP;
    for (let k = i + 1; k < len - 1; k++) {
      const c = nodes[k] ?? 0;
      const arr = prevDep + (dist[prevRow + c] ?? 0);
      const ec = early[c] ?? 0;
      const st = arr > ec ? arr : ec;
      if (st > (late[c] ?? 0) + eps) break;
      if ((load[k] ?? 0) + q > capacity + eps) break;
      if (st > lD) break;
      const depC = st + (service[c] ?? 0);
      const nx = nodes[k + 1] ?? 0;
      const rowC = c * n;
      const arrD = depC + (dist[rowC + de] ?? 0);
      if (arrD <= lD) {
        const stD = arrD > eD ? arrD : eD;
        const arrN = stD + sD + (dist[rowD + nx] ?? 0);
        if (arrN - (start[k + 1] ?? 0) <= (fts[k + 1] ?? 0) + eps) {
          let cost =
            pickupDelta + (dist[rowC + de] ?? 0) + (dist[rowD + nx] ?? 0) - (dist[rowC + nx] ?? 0);
          if (firstOnly) return found(out, i, k);
          if (generic) cost += extraWithInsertion(p, obj, route, pu, de, i, k);
          if (pickRandom) cost = rng.next() * ++seen < 1 ? -Infinity : Infinity;
          else if (rng && rng.next() < blink) cost = Infinity;
          if (cost < best || cost === -Infinity) {
            best = cost;
            out.i = i;
            out.j = k;
          }
        }
      }
      prevDep = depC;
      prevRow = rowC;
    }
  }
  if (out.i >= 0) {
    out.cost = rng ? exactDelta(p, obj, route, pu, de, out.i, out.j) : best;
  }
}

function found(out: InsertionMove, i: number, j: number): void {
  out.cost = 0;
  out.i = i;
  out.j = j;
}

/** Cost change of inserting (pu, de) at (i, j); used when the position was picked randomly. */
function exactDelta(
  p: Problem,
  obj: Objective,
  route: RouteState,
  pu: number,
  de: number,
  i: number,
  j: number,
): number {
  const { dist, n } = p;
  const nodes = route.nodes;
  const a = nodes[i] ?? 0;
  const b = nodes[i + 1] ?? 0;
  let c: number;
  if (i === j) {
    c = (dist[a * n + pu] ?? 0) + (dist[pu * n + de] ?? 0) + (dist[de * n + b] ?? 0);
    c -= dist[a * n + b] ?? 0;
  } else {
    const x = nodes[j] ?? 0;
    const y = nodes[j + 1] ?? 0;
    c = (dist[a * n + pu] ?? 0) + (dist[pu * n + b] ?? 0) - (dist[a * n + b] ?? 0);
    c += (dist[x * n + de] ?? 0) + (dist[de * n + y] ?? 0) - (dist[x * n + y] ?? 0);
  }
  if (obj.routeExtra) c += extraWithInsertion(p, obj, route, pu, de, i, j);
  return c;
}
