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
const PERTURB_MOVES = 20;
const BLINK = 0.1;

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

/**
 * Inserts `pu` by ejecting one or two requests from a single route, choosing the ejection
 * with the smallest summed penalty (Nagata & Kubiak 2009), ties broken at random; ejected
 * requests go to the bank. Pair ejections are only tried when strictly better than the best
 * single ejection, and enumerated in penalty order so the search can stop early.
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
  let bestPsum = Infinity;
  let bestR = -1;
  let bestA = -1;
  let bestB = -1;
  let ties = 0;
  const fits = (r: number, a: number, b: number): boolean => {
    const route = sol.routes[r];
    if (!route) return false;
    scratch.copyFrom(route);
    scratch.removePair(a, p.partner[a] ?? 0);
    if (b >= 0) scratch.removePair(b, p.partner[b] ?? 0);
    scratch.update(p);
    bestInsertion(p, ctx.obj, scratch, pu, de, move, undefined, 0, true);
    return move.cost < Infinity;
  };
  const byRoute: number[][] = [];
  sol.routes.forEach((route, r) => {
    const reqs = route.len > 2 ? rng.shuffle(pickupsOf(sol, r)) : [];
    reqs.sort((x, y) => (penalty[x] ?? 0) - (penalty[y] ?? 0));
    byRoute.push(reqs);
    for (const a of reqs) {
      const pa = penalty[a] ?? 0;
      if (pa > bestPsum) break;
      if (!fits(r, a, -1)) continue;
      if (pa < bestPsum) ties = 0;
      if (rng.next() * ++ties < 1) {
        bestPsum = pa;
        bestR = r;
        bestA = a;
      }
    }
  });
  let evals = 0;
  byRoute.forEach((reqs, r) => {
    for (let x = 0; x < reqs.length && evals < MAX_EJECTION_EVALS; x++) {
      const a = reqs[x] ?? 0;
      const pa = penalty[a] ?? 0;
      if (pa + (penalty[reqs[x + 1] ?? 0] ?? 0) >= bestPsum) break;
      for (let y = x + 1; y < reqs.length && evals < MAX_EJECTION_EVALS; y++) {
        const b = reqs[y] ?? 0;
        const ps = pa + (penalty[b] ?? 0);
        if (ps >= bestPsum) break;
        evals++;
        if (fits(r, a, b)) {
          bestPsum = ps;
          bestR = r;
          bestA = a;
          bestB = b;
        }
      }
    }
  });
  if (bestR < 0) return false;
  const route = sol.routes[bestR];
  if (!route) return false;
  sol.removeMany(bestB >= 0 ? [bestA, bestB] : [bestA]);
  bestInsertion(p, ctx.obj, route, pu, de, move);
  if (move.cost === Infinity) throw new Error("ejection insertion lost feasibility");
  sol.insert(bestR, pu, move.i, move.j);
  return true;
}

/**
 * Perturbation between ejections: relocates random requests to their cheapest position in
 * any route, each feasible position being skipped with probability BLINK. Purely random
 * positions were tried first; they left distances so poor that ALNS struggled afterwards.
 */
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
    let bestC = Infinity;
    let ci = 0;
    let cj = 0;
    sol.routes.forEach((route, rr) => {
      if (route.len <= 2) return;
      bestInsertion(p, ctx.obj, route, pu, de, move, rng, BLINK);
      if (move.cost < bestC) {
        bestC = move.cost;
        chosen = rr;
        ci = move.i;
        cj = move.j;
      }
    });
    // Blinks may skip every position; the old route (possibly now empty) always fits.
    if (chosen < 0) {
      const route = sol.routes[r];
      if (!route) continue;
      bestInsertion(p, ctx.obj, route, pu, de, move);
      chosen = r;
      ci = move.i;
      cj = move.j;
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
    const ok = eliminateRoute(ctx, work, target, limits);
    if (ok) {
      best.copyFrom(work);
      failures = 0;
    } else {
      failures++;
    }
  }
}
