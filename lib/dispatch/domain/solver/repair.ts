import type { SearchContext } from "./context";
import { bestInsertion, newMove } from "./insertion";
import type { Solution } from "./solution-state";

/** Options of one repair call. */
export interface RepairOptions {
  /** 1 = greedy (cheapest first); k >= 2 = regret-k. */
  k: number;
  /** Randomise insertion costs by +-noise * maxDist (Ropke & Pisinger diversification). */
  noise: number;
  /** Whether an empty route may be opened (at the objective's vehicle cost). */
  allowNewRoute: boolean;
}

// Regret contribution of a missing alternative: makes requests with few options urgent.
const MISSING = 1e9;
const move = newMove();

/**
 * Reinserts the bank of unplaced requests with greedy or regret-k insertion. Insertion
 * costs are cached per (request, route) and only the modified route's column is recomputed
 * after each insertion. Requests that fit nowhere stay in the bank.
 */
export function repair(ctx: SearchContext, sol: Solution, opt: RepairOptions): void {
  const { p, obj, rng } = ctx;
  const bank = sol.unassigned;
  const U = bank.length;
  if (U === 0) return;
  const R = sol.routes.length;
  const cost = new Float64Array(U * R).fill(Infinity);
  const posI = new Int32Array(U * R);
  const posJ = new Int32Array(U * R);
  const alive = new Uint8Array(U).fill(1);
  const noiseAmp = opt.noise * p.maxDist;

  const evalCell = (u: number, r: number): void => {
    const route = sol.routes[r];
    const pu = bank[u] ?? 0;
    const idx = u * R + r;
    if (!route) return;
    bestInsertion(p, obj, route, pu, p.partner[pu] ?? 0, move);
    let c = move.cost;
    if (c < Infinity) {
      if (route.len === 2) c += obj.vehicleCost;
      if (noiseAmp > 0) c = Math.max(0, c + (rng.next() * 2 - 1) * noiseAmp);
    }
    cost[idx] = c;
    posI[idx] = move.i;
    posJ[idx] = move.j;
  };

  // Only one empty route is a candidate at a time: all empty routes are equivalent.
  let emptyRoute = -1;
  const pickEmpty = (): void => {
    emptyRoute = -1;
    if (!opt.allowNewRoute) return;
    for (let r = 0; r < R; r++) {
      if (sol.routes[r]?.len === 2) {
        emptyRoute = r;
        return;
      }
    }
  };
  // Candidate routes (non-empty ones plus at most one empty one), rebuilt only when an empty
  // route gets used, so the selection loop below does not scan the whole route pool.
  let cand: number[] = [];
  const rebuild = (): void => {
    cand = [];
    for (let r = 0; r < R; r++) if ((sol.routes[r]?.len ?? 2) > 2 || r === emptyRoute) cand.push(r);
  };

  pickEmpty();
  rebuild();
  for (let u = 0; u < U; u++) for (const r of cand) evalCell(u, r);

  const best = new Float64Array(opt.k);
  for (let placed = 0; placed < U; placed++) {
    let chosen = -1;
    let chosenRoute = -1;
    let chosenKey = -Infinity;
    let chosenC1 = Infinity;
    for (let u = 0; u < U; u++) {
      if (!alive[u]) continue;
      best.fill(Infinity);
      let bestRoute = -1;
      for (const r of cand) {
        const c = cost[u * R + r] ?? Infinity;
        if (c >= (best[opt.k - 1] ?? Infinity)) continue;
        let h = opt.k - 1;
        while (h > 0 && (best[h - 1] ?? Infinity) > c) {
          best[h] = best[h - 1] ?? Infinity;
          h--;
        }
        best[h] = c;
        if (h === 0) bestRoute = r;
      }
      const c1 = best[0] ?? Infinity;
      if (c1 === Infinity) continue;
      let key = -c1;
      if (opt.k > 1) {
        key = 0;
        for (let h = 1; h < opt.k; h++) {
          const ch = best[h] ?? Infinity;
          key += ch === Infinity ? MISSING : ch - c1;
        }
      }
      if (key > chosenKey || (key === chosenKey && c1 < chosenC1)) {
        chosen = u;
        chosenRoute = bestRoute;
        chosenKey = key;
        chosenC1 = c1;
      }
    }
    if (chosen < 0) break;
    const idx = chosen * R + chosenRoute;
    const wasEmpty = sol.routes[chosenRoute]?.len === 2;
    sol.insert(chosenRoute, bank[chosen] ?? 0, posI[idx] ?? 0, posJ[idx] ?? 0);
    alive[chosen] = 0;
    for (let u = 0; u < U; u++) if (alive[u]) evalCell(u, chosenRoute);
    if (wasEmpty) {
      pickEmpty();
      rebuild();
      if (emptyRoute >= 0) for (let u = 0; u < U; u++) if (alive[u]) evalCell(u, emptyRoute);
    }
  }
  sol.unassigned = bank.filter((_, u) => alive[u] === 1);
}

/** Orders for sequential insertion (Christiaens & Vanden Berghe's SISR recreate). */
export type SequentialOrder = "random" | "demand" | "far" | "early";

/**
 * Sequential greedy insertion with blinks: requests are taken in the given order and each
 * goes to its cheapest position, skipping every feasible position with probability `blink`.
 * Much more diverse than regret insertion, which tends to rebuild the same solution.
 */
export function sequentialRepair(
  ctx: SearchContext,
  sol: Solution,
  order: SequentialOrder,
  blink: number,
  allowNewRoute: boolean,
): void {
  const { p, obj, rng } = ctx;
  const bank = rng.shuffle(sol.unassigned.slice());
  const key = (pu: number): number => {
    if (order === "demand") return -(p.demand[pu] ?? 0);
    if (order === "far") return -(p.dist[pu] ?? 0);
    if (order === "early") return p.early[pu] ?? 0;
    return 0;
  };
  if (order !== "random") bank.sort((a, b) => key(a) - key(b));
  const left: number[] = [];
  for (const pu of bank) {
    const de = p.partner[pu] ?? 0;
    let bestCost = Infinity;
    let bestR = -1;
    let bi = 0;
    let bj = 0;
    let triedEmpty = false;
    for (let r = 0; r < sol.routes.length; r++) {
      const route = sol.routes[r];
      if (!route) continue;
      const empty = route.len === 2;
      if (empty && (!allowNewRoute || triedEmpty)) continue;
      if (empty) triedEmpty = true;
      bestInsertion(p, obj, route, pu, de, move, rng, blink);
      const c = move.cost + (empty ? obj.vehicleCost : 0);
      if (c < bestCost) {
        bestCost = c;
        bestR = r;
        bi = move.i;
        bj = move.j;
      }
    }
    if (bestR >= 0) sol.insert(bestR, pu, bi, bj);
    else left.push(pu);
  }
  sol.unassigned = left;
}
