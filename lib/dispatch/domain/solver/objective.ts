import type { Problem } from "./problem";

/** Per-route cost on top of distance, from a route's sequence and its service start times. */
export type RouteExtraCost = (
  p: Problem,
  nodes: Int32Array,
  start: Float64Array,
  len: number,
) => number;

/**
 * What the search minimises: `vehicleCost * routes + distance + sum(extra(route))`.
 * Hard constraints (capacity, hard windows, precedence) are enforced separately and never
 * traded against cost.
 */
export interface Objective {
  /** Fixed cost per non-empty route; large values make the fleet size the primary criterion. */
  readonly vehicleCost: number;
  /** Extra per-route cost, or null for pure distance (enables the fast insertion path). */
  readonly routeExtra: RouteExtraCost | null;
}

/** Benchmark objective: fewest vehicles first, then least total distance. */
export const hierarchicalObjective: Objective = { vehicleCost: 1e5, routeExtra: null };

/** Weights for the live re-planning objective. */
export interface LiveObjectiveOptions {
  /** Promised service time per node (soft deadline); lateness beyond it is penalised. */
  promise: Float64Array;
  /** Cost per time unit of lateness against the promise. */
  latenessWeight: number;
  /**
   * Cost per squared route duration divided by the horizon; convex, so spreading work over
   * couriers is cheaper than loading one courier with everything.
   */
  fairnessWeight: number;
  /** Fixed cost per courier used (defaults to a modest value, not hierarchical). */
  vehicleCost?: number;
}

/** Live-mode objective: distance plus lateness against promise times plus courier fairness. */
export function liveObjective(opts: LiveObjectiveOptions): Objective {
  const { promise, latenessWeight, fairnessWeight } = opts;
  return {
    vehicleCost: opts.vehicleCost ?? 0,
    routeExtra: (p, nodes, start, len) => {
      if (len <= 2) return 0;
      let late = 0;
      for (let k = 1; k < len - 1; k++) {
        const over = (start[k] ?? 0) - (promise[nodes[k] ?? 0] ?? Infinity);
        if (over > 0) late += over;
      }
      const duration = start[len - 1] ?? 0;
      const horizon = (p.late[0] ?? 1) || 1;
      return latenessWeight * late + (fairnessWeight * duration * duration) / horizon;
    },
  };
}
