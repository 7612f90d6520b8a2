import type { Instance } from "../instance";
import { runAlns } from "./alns";
import { construct } from "./construct";
import type { SearchContext } from "./context";
import { hierarchicalObjective } from "./objective";
import type { Objective } from "./objective";
import { Prng } from "./prng";
import { buildProblem } from "./problem";
import { minimiseVehicles } from "./route-elimination";
import type { Solution } from "./solution-state";

/** Solver options; all optional. */
export interface SolveOptions {
  seed?: number;
  /** Wall-clock budget in milliseconds (default 10 000). */
  timeLimitMs?: number;
  /** Iteration caps make runs reproducible independent of machine speed. */
  maxAlnsIterations?: number;
  /** Share of the budget the first fleet-minimisation round may use (default 0.3). */
  vehiclePhaseShare?: number;
  /** Ejection-search iterations per attempt to remove a route. */
  eliminationIterations?: number;
  /** ALNS annealing cycle length in iterations. */
  alnsCycleIterations?: number;
  objective?: Objective;
  /** Clock, injectable for tests; only used to enforce the time limit. */
  now?: () => number;
}

/** Solver output. `unplaced` lists requests (pickup nodes) that could not be served. */
export interface SolveResult {
  routes: number[][];
  unplaced: number[];
  vehicles: number;
  distance: number;
  cost: number;
  alnsIterations: number;
  vehiclePhaseMs: number;
  elapsedMs: number;
}

/**
 * Removes any route the solver's own evaluation flags as infeasible, sending its requests
 * to `unplaced`: the plan returned is never knowingly infeasible.
 */
function sanitise(sol: Solution): number[] {
  const unplaced = new Set(sol.unassigned);
  sol.routes.forEach((route, r) => {
    sol.refresh(r);
    if (!route.feasible) {
      for (const t of route.tasks()) if ((sol.p.instance.deliveryOf[t] ?? 0) > 0) unplaced.add(t);
      route.clear(sol.p);
    }
  });
  return [...unplaced].sort((a, b) => a - b);
}

/** Solves a PDPTW instance: construction, fleet minimisation, then ALNS on the cost. */
export function solve(instance: Instance, options: SolveOptions = {}): SolveResult {
  const now = options.now ?? (() => performance.now());
  const t0 = now();
  const deadline = t0 + (options.timeLimitMs ?? 10_000);
  const p = buildProblem(instance);
  const obj = options.objective ?? hierarchicalObjective;
  const ctx: SearchContext = { p, obj, rng: new Prng(options.seed ?? 1) };

  const best = construct(ctx, instance.vehicleLimit);
  const span = deadline - t0;
  const share = options.vehiclePhaseShare ?? 0.3;
  const minimiseFleet = best.unassigned.length === 0 && obj.vehicleCost > 0;
  let alnsIterations = 0;
  let vehiclePhaseMs = 0;
  const maxIt = options.maxAlnsIterations ?? Number.MAX_SAFE_INTEGER;
  // Fleet minimisation and ALNS alternate: a second elimination round starts from the
  // ALNS-improved solution, whose different structure often frees a route.
  const rounds = minimiseFleet
    ? [share, share + (1 - share) * 0.35, share + (1 - share) * 0.7, 1]
    : [0, 1];
  for (let k = 0; k < rounds.length; k++) {
    const until = t0 + (rounds[k] ?? 1) * span;
    if (k % 2 === 0) {
      if (!minimiseFleet) continue;
      const v0 = now();
      minimiseVehicles(ctx, best, {
        deadline: until,
        now,
        iterationsPerAttempt: options.eliminationIterations ?? 20_000,
        maxFailures: 2,
      });
      vehiclePhaseMs += now() - v0;
    } else {
      const last = k === rounds.length - 1;
      const stats = runAlns(ctx, best, {
        deadline: last ? deadline : until,
        now,
        maxIterations: last ? maxIt - alnsIterations : Math.floor((maxIt - alnsIterations) / 2),
        cycleIterations: options.alnsCycleIterations,
      });
      alnsIterations += stats.iterations;
    }
  }
  const unplaced = sanitise(best);
  return {
    routes: best.toRoutes(),
    unplaced,
    vehicles: best.vehicles(),
    distance: best.distance(),
    cost: best.cost(),
    alnsIterations,
    vehiclePhaseMs,
    elapsedMs: now() - t0,
  };
}
