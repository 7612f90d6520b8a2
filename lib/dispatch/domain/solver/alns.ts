import type { SearchContext } from "./context";
import { randomRemoval, routeRemoval, shawRemoval, stringRemoval, worstRemoval } from "./removal";
import type { RemovalOperator } from "./removal";
import { repair, sequentialRepair } from "./repair";
import type { SequentialOrder } from "./repair";
import type { Solution } from "./solution-state";

/** Limits for one ALNS run; whichever is hit first stops the search. */
export interface AlnsLimits {
  deadline: number;
  maxIterations: number;
  now: () => number;
  /** Iterations from start temperature to end temperature; then restart from the best. */
  cycleIterations?: number;
}

/** Statistics of an ALNS run. */
export interface AlnsStats {
  iterations: number;
}

const REMOVALS: RemovalOperator[] = [
  randomRemoval,
  worstRemoval,
  shawRemoval,
  routeRemoval,
  stringRemoval,
];

type Recreate = (ctx: SearchContext, sol: Solution, noise: number) => void;
const regret =
  (k: number): Recreate =>
  (ctx, sol, noise) =>
    repair(ctx, sol, { k, noise, allowNewRoute: false });
const sequential =
  (order: SequentialOrder): Recreate =>
  (ctx, sol) =>
    sequentialRepair(ctx, sol, order, BLINK, false);
const BLINK = 0.01;
const RECREATES: Recreate[] = [
  regret(1),
  regret(2),
  regret(3),
  regret(4),
  sequential("random"),
  sequential("demand"),
  sequential("far"),
  sequential("early"),
];
const NOISE = [0, 0.025];
// Ropke & Pisinger scores: new best, improved current, accepted worse.
const SIGMA_BEST = 33;
const SIGMA_BETTER = 9;
const SIGMA_ACCEPTED = 13;
const SEGMENT = 100;
const REACTION = 0.1;
// Iteration-based cooling keeps runs reproducible; a cycle ends with a restart from the best.
const DEFAULT_CYCLE = 2500;
const T_START_WORSE = 0.05;
const T_END_RATIO = 0.002;
const Q_CAP = 60;

class Roulette {
  readonly weights: Float64Array;
  readonly scores: Float64Array;
  readonly uses: Float64Array;
  constructor(size: number) {
    this.weights = new Float64Array(size).fill(1);
    this.scores = new Float64Array(size);
    this.uses = new Float64Array(size);
  }
  pick(r: number): number {
    let total = 0;
    for (const w of this.weights) total += w;
    let x = r * total;
    for (let i = 0; i < this.weights.length; i++) {
      x -= this.weights[i] ?? 0;
      if (x < 0) return i;
    }
    return this.weights.length - 1;
  }
  reward(i: number, s: number): void {
    this.scores[i] = (this.scores[i] ?? 0) + s;
    this.uses[i] = (this.uses[i] ?? 0) + 1;
  }
  endSegment(): void {
    for (let i = 0; i < this.weights.length; i++) {
      const u = this.uses[i] ?? 0;
      if (u > 0) {
        const w = this.weights[i] ?? 1;
        this.weights[i] = Math.max(
          0.05,
          w * (1 - REACTION) + (REACTION * (this.scores[i] ?? 0)) / u,
        );
      }
    }
    this.scores.fill(0);
    this.uses.fill(0);
  }
}

/**
 * Adaptive large neighbourhood search (Ropke & Pisinger 2006) with simulated annealing
 * acceptance. Improves `best` in place and returns run statistics.
 */
export function runAlns(ctx: SearchContext, best: Solution, limits: AlnsLimits): AlnsStats {
  const { p, rng } = ctx;
  const nReq = p.requests.length;
  const qMin = Math.min(4, nReq);
  const qMax = Math.max(qMin, Math.min(Q_CAP, Math.round(0.4 * nReq)));
  const current = best.clone();
  const work = best.clone();
  let bestCost = best.cost();
  let currentCost = bestCost;
  const t0 = (-T_START_WORSE * best.distance()) / Math.log(0.5) || 1;
  let temp = t0;
  const cooling = Math.exp(Math.log(T_END_RATIO) / (limits.cycleIterations ?? DEFAULT_CYCLE));
  const removals = new Roulette(REMOVALS.length);
  const inserts = new Roulette(RECREATES.length);
  const noises = new Roulette(NOISE.length);

  let it = 0;
  for (; it < limits.maxIterations; it++) {
    if ((it & 7) === 0 && limits.now() >= limits.deadline) break;
    work.copyFrom(current);
    const q = rng.range(qMin, qMax);
    const ri = removals.pick(rng.next());
    const ii = inserts.pick(rng.next());
    const ni = noises.pick(rng.next());
    REMOVALS[ri]?.(ctx, work, q);
    const noise = NOISE[ni] ?? 0;
    RECREATES[ii]?.(ctx, work, noise);
    // Leftovers may open a route; the fleet cost then makes the SA reject the move.
    if (work.unassigned.length > 0) repair(ctx, work, { k: 1, noise, allowNewRoute: true });
    const c = work.cost();
    let score = 0;
    if (c < bestCost - 1e-9) {
      best.copyFrom(work);
      bestCost = c;
      score = SIGMA_BEST;
    }
    if (c < currentCost - 1e-9) {
      current.copyFrom(work);
      currentCost = c;
      if (score === 0) score = SIGMA_BETTER;
    } else if (c <= currentCost + 1e-9) {
      current.copyFrom(work);
      currentCost = c;
    } else if (rng.next() < Math.exp((currentCost - c) / temp)) {
      current.copyFrom(work);
      currentCost = c;
      score = SIGMA_ACCEPTED;
    }
    removals.reward(ri, score);
    inserts.reward(ii, score);
    noises.reward(ni, score);
    if ((it + 1) % SEGMENT === 0) {
      removals.endSegment();
      inserts.endSegment();
      noises.endSegment();
    }
    temp *= cooling;
    if (temp < t0 * T_END_RATIO) {
      temp = t0;
      current.copyFrom(best);
      currentCost = bestCost;
    }
  }
  return { iterations: it };
}
