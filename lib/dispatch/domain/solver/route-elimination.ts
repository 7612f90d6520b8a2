import type { SearchContext } from "./context";
import { bestInsertion, newMove } from "./insertion";
import { RouteState } from "./route-state";
import type { Solution } from "./solution-state";

/** Limits for the fleet-minimisation phase. */
export interface EliminationLimits {
  deadline: number;
  now: () => number;
  /** Ejection-search iterations per attempt to remove one route. */
  iterationsPerAttempt: number;
  /** Stop after this many consecutive failed attempts. */
  maxFailures: number;
}

const move = newMove();
// Pair ejections are O(m^2) per route; cap the evaluations per insertion.
const MAX_EJECTION_EVALS = 3000;
const PERTURB_MOVES = 8;

function pickupsOf(sol: Solution, r: number): number[] {
  const route = sol.routes[r];
  if (!route) return [];
  return route.tasks().filter((t) => (sol.p.instance.deliveryOf[t] ?? 0) > 0);
}

/** Cheapest feasible insertion of `pu` into a non-empty route; inserts and returns true if any. */
function insertBest(ctx: SearchContext, sol: Solution, pu: number): boolean {
  const de = ctx.p.partner[pu] ?? 0;
  let bestCost = Infinity;
  let bestR = -1;
  let bi = 0;
  let bj = 0;
  sol.routes.forEach((route, r) => {
    if (route.len <= 2) return;
    bestInsertion(ctx.p, ctx.obj, route, pu, de, move);
    if (move.cost < bestCost) {
      bestCost = move.cost;
      bestR = r;
      bi = move.i;
      bj = move.j;
    }
  });
  if (bestR < 0) return false;
  sol.insert(bestR, pu, bi, bj);
  return true;
}

interface Ejection {
  r: number;
  out: number[];
  psum: number;
}

/**
 * Inserts `pu` by ejecting one or two requests from a single route, choosing the ejection
 * with the smallest summed penalty (Nagata & Kubiak 2009); ejected requests go to the bank.
 */
function insertWithEjection(
  ctx: SearchContext,
  sol: Solution,
  pu: number,
  penalty: Int32Array,
  scratch: RouteState,
): boolean {
  const { p, rng } = ctx;
  const de = p.partner[pu] ?? 0;
  const cands: Ejection[] = [];
  sol.routes.forEach((route, r) => {
    if (route.len <= 2) return;
    const reqs = pickupsOf(sol, r);
    for (let a = 0; a < reqs.length; a++) {
      const ra = reqs[a] ?? 0;
      cands.push({ r, out: [ra], psum: penalty[ra] ?? 0 });
      for (let b = a + 1; b < reqs.length; b++) {
        const rb = reqs[b] ?? 0;
        cands.push({ r, out: [ra, rb], psum: (penalty[ra] ?? 0) + (penalty[rb] ?? 0) });
      }
    }
  });
  rng.shuffle(cands);
  cands.sort((x, y) => x.psum - y.psum || x.out.length - y.out.length);
  let evals = 0;
  for (const c of cands) {
    if (evals++ >= MAX_EJECTION_EVALS) break;
    const route = sol.routes[c.r];
    if (!route) continue;
    scratch.copyFrom(route);
    for (const o of c.out) scratch.removePair(o, p.partner[o] ?? 0);
    scratch.update(p);
    bestInsertion(p, ctx.obj, scratch, pu, de, move);
    if (move.cost < Infinity) {
      sol.removeMany(c.out);
      sol.insert(c.r, pu, move.i, move.j);
      return true;
    }
  }
  return false;
}

/** Random feasible relocations of requests, to diversify the ejection search. */
function perturb(ctx: SearchContext, sol: Solution, moves: number): void {
  const { p, rng } = ctx;
  for (let m = 0; m < moves; m++) {
    const pu = p.requests[rng.int(p.requests.length)] ?? 0;
    const r = sol.routeOf[pu] ?? -1;
    if (r < 0) continue;
    const de = p.partner[pu] ?? 0;
    sol.remove(pu);
    sol.unassigned.pop();
    let chosen = -1;
    let seen = 0;
    let ci = 0;
    let cj = 0;
    sol.routes.forEach((route, rr) => {
      if (route.len <= 2) return;
      bestInsertion(p, ctx.obj, route, pu, de, move, rng);
      if (move.cost < Infinity && rng.next() * ++seen < 1) {
        chosen = rr;
        ci = move.i;
        cj = move.j;
      }
    });
    // The old position is always feasible again, so `chosen` is found unless r emptied.
    if (chosen < 0) {
      const route = sol.routes[r];
      if (route) {
        bestInsertion(p, ctx.obj, route, pu, de, move);
        chosen = r;
        ci = move.i;
        cj = move.j;
      }
    }
    sol.insert(chosen, pu, ci, cj);
  }
}

/**
 * Tries to empty route `r`: its requests enter an ejection pool that is drained by feasible
 * insertion, or by insertion with ejection plus perturbation. Returns true on success; on
 * failure `sol` holds an incomplete solution and must be discarded.
 */
export function eliminateRoute(
  ctx: SearchContext,
  sol: Solution,
  r: number,
  limits: EliminationLimits,
): boolean {
  const { p } = ctx;
  sol.removeMany(pickupsOf(sol, r));
  const penalty = new Int32Array(p.n).fill(1);
  const scratch = new RouteState(p.n + 2);
  for (let it = 0; it < limits.iterationsPerAttempt; it++) {
    if (sol.unassigned.length === 0) return true;
    if ((it & 15) === 0 && limits.now() >= limits.deadline) return false;
    const pu = sol.unassigned.pop() ?? 0;
    if (insertBest(ctx, sol, pu)) continue;
    penalty[pu] = (penalty[pu] ?? 0) + 1;
    if (!insertWithEjection(ctx, sol, pu, penalty, scratch)) sol.unassigned.unshift(pu);
    perturb(ctx, sol, PERTURB_MOVES);
  }
  return sol.unassigned.length === 0;
}

/** Lower bound on the fleet from total pickup demand. */
export function capacityLowerBound(sol: Solution): number {
  let total = 0;
  for (const pu of sol.p.requests) total += sol.p.demand[pu] ?? 0;
  return Math.max(1, Math.ceil(total / sol.p.capacity - 1e-9));
}

/**
 * Fleet minimisation: repeatedly tries to remove a route (smallest first, then random)
 * from the best complete solution. `best` is improved in place.
 */
export function minimiseVehicles(
  ctx: SearchContext,
  best: Solution,
  limits: EliminationLimits,
): void {
  const lb = capacityLowerBound(best);
  let failures = 0;
  const work = best.clone();
  while (failures < limits.maxFailures && limits.now() < limits.deadline) {
    if (best.vehicles() <= lb) return;
    work.copyFrom(best);
    const used = work.routes.map((rt, i) => ({ i, size: rt.size })).filter((x) => x.size > 0);
    used.sort((a, b) => a.size - b.size);
    const target = failures === 0 ? used[0]?.i : used[ctx.rng.int(used.length)]?.i;
    if (target === undefined) return;
    if (eliminateRoute(ctx, work, target, limits)) {
      best.copyFrom(work);
      failures = 0;
    } else {
      failures++;
    }
  }
}
