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
  /** Share of the budget the fleet-minimisation phase may use (default 0.5). */
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
  if (best.unassigned.length === 0 && obj.vehicleCost > 0) {
    const share = options.vehiclePhaseShare ?? 0.5;
    minimiseVehicles(ctx, best, {
      deadline: t0 + share * (deadline - t0),
      now,
      iterationsPerAttempt: options.eliminationIterations ?? 2000,
      maxFailures: 4,
    });
  }
  const vehiclePhaseMs = now() - t0;
  const stats = runAlns(ctx, best, {
    deadline,
    now,
    maxIterations: options.maxAlnsIterations ?? Number.MAX_SAFE_INTEGER,
    cycleIterations: options.alnsCycleIterations,
  });
  const unplaced = sanitise(best);
  return {
    routes: best.toRoutes(),
    unplaced,
    vehicles: best.vehicles(),
    distance: best.distance(),
    cost: best.cost(),
    alnsIterations: stats.iterations,
    vehiclePhaseMs,
    elapsedMs: now() - t0,
  };
}
