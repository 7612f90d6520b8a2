import type { LiveModel } from "./model";
import {
  applyInsertion,
  bestInsertion,
  evaluateRoute,
  stopTimes,
  withoutOrder,
} from "./route-cost";
import type { CandidateCost, LiveAssignment } from "./types";

const EXPLAIN_NEAREST = 12;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** What it costs courier c to serve order p in `withP`, a route that contains p. */
function describe(m: LiveModel, c: number, without: readonly number[], withP: number[], p: number) {
  const before = evaluateRoute(m, c, without);
  const after = evaluateRoute(m, c, withP);
  const times = stopTimes(m, c, withP);
  const at = (node: number) => times[withP.indexOf(node)] ?? 0;
  const courier = m.couriers[c];
  const cost: CandidateCost = {
    courierId: courier?.id ?? "",
    courierCode: courier?.code ?? "",
    cost: round1(after.cost - before.cost),
    extraMinutes: round1(after.travel - before.travel),
    pickupEta: m.now + at(p) * 60_000,
    dropoffEta: m.now + at(p + 1) * 60_000,
    lateMinutes: round1(Math.max(0, at(p + 1) - (m.promise[p + 1] ?? Infinity))),
    stopsBefore: withP.indexOf(p),
  };
  return cost;
}

/**
 * Why order p went to courier `chosen` in the final plan: its cost there and the cheapest
 * alternatives among the other candidate couriers, each priced on their final routes.
 */
export function explainChoice(
  m: LiveModel,
  routes: readonly number[][],
  chosen: number,
  p: number,
  candidates: readonly number[],
): LiveAssignment {
  const k = (p - m.couriers.length) / 2;
  const order = m.orders[k];
  const route = routes[chosen] ?? [];
  const mine = describe(m, chosen, withoutOrder(route, p), route, p);
  const others: { c: number; seq: readonly number[]; delta: number; i: number; j: number }[] = [];
  // The nearest candidates (the list is sorted by distance) hold every realistic runner-up.
  for (const c of candidates.slice(0, EXPLAIN_NEAREST)) {
    if (c === chosen) continue;
    const seq = routes[c] ?? [];
    const ins = bestInsertion(m, c, seq, evaluateRoute(m, c, seq).cost, p);
    if (ins) others.push({ c, seq, ...ins });
  }
  others.sort((a, b) => a.delta - b.delta);
  const alternatives = others
    .slice(0, m.settings.alternatives)
    .map((o) => describe(m, o.c, o.seq, applyInsertion(o.seq, p, o), p));
  return {
    orderId: order?.id ?? "",
    courierId: mine.courierId,
    chosen: mine,
    alternatives,
    considered: candidates.length,
  };
}
