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
  /** Share of the budget the fleet-minimisation rounds may use in total (default 0.4). */
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

/** True if every delivery on the route follows its own pickup on the same route. */
function pairedInOrder(sol: Solution, r: number): boolean {
  const route = sol.routes[r];
  if (!route) return true;
  const onBoard = new Set<number>();
  for (let k = 1; k < route.len - 1; k++) {
    const v = route.nodes[k] ?? 0;
    if ((sol.p.instance.deliveryOf[v] ?? 0) > 0) onBoard.add(v);
    else if (!onBoard.delete(sol.p.partner[v] ?? -1)) return false;
  }
  return onBoard.size === 0;
}

/**
 * Removes any route the solver's own evaluation flags as infeasible, sending its requests
 * to `unplaced`: the plan returned is never knowingly infeasible.
 */
function sanitise(sol: Solution): number[] {
  const unplaced = new Set(sol.unassigned);
  sol.routes.forEach((route, r) => {
    sol.refresh(r);
    if (!route.feasible || !pairedInOrder(sol, r)) {
      for (const t of route.tasks()) if ((sol.p.instance.deliveryOf[t] ?? 0) > 0) unplaced.add(t);
      route.clear(sol.p);
    }
  });
  return [...unplaced].sort((a, b) => a - b);
}

interface Phase {
  kind: "alns" | "fleet";
  /** End of the phase as a fraction of the time budget. */
  until: number;
}

const ALNS_ONLY: Phase[] = [{ kind: "alns", until: 1 }];

/**
 * Phase plan with fleet minimisation. A short ALNS warm-up comes first because route
 * elimination started from a poor greedy solution leaves tight, long routes that ALNS
 * struggles to untangle; later elimination rounds start from ALNS-improved solutions whose
 * different structure often frees a route.
 */
function fleetSchedule(fleetShare: number): Phase[] {
  const warm = 0.1;
  const first = warm + fleetShare * 0.6;
  const mid = first + (1 - warm - fleetShare) / 2;
  return [
    { kind: "alns", until: warm },
    { kind: "fleet", until: first },
    { kind: "alns", until: mid },
    { kind: "fleet", until: mid + fleetShare * 0.4 },
    { kind: "alns", until: 1 },
  ];
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
  const minimiseFleet = best.unassigned.length === 0 && obj.vehicleCost > 0;
  let alnsIterations = 0;
  let vehiclePhaseMs = 0;
  const maxIt = options.maxAlnsIterations ?? Number.MAX_SAFE_INTEGER;
  const schedule = minimiseFleet ? fleetSchedule(options.vehiclePhaseShare ?? 0.4) : ALNS_ONLY;
  schedule.forEach((phase, k) => {
    const until = k === schedule.length - 1 ? deadline : t0 + phase.until * span;
    if (phase.kind === "fleet") {
      const v0 = now();
      minimiseVehicles(ctx, best, {
        deadline: until,
        now,
        iterationsPerAttempt: options.eliminationIterations ?? 20_000,
        maxFailures: 2,
      });
      vehiclePhaseMs += now() - v0;
      return;
    }
    const roundsLeft = schedule.slice(k).filter((x) => x.kind === "alns").length;
    const stats = runAlns(ctx, best, {
      deadline: until,
      now,
      maxIterations: Math.floor((maxIt - alnsIterations) / roundsLeft),
      cycleIterations: options.alnsCycleIterations,
    });
    alnsIterations += stats.iterations;
  });
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
