import type { Instance, Routes } from "./instance";

/** Outcome of independently re-evaluating a plan against an instance. */
export interface CheckResult {
  feasible: boolean;
  /** Human-readable violations; empty when feasible. */
  errors: string[];
  /** Number of non-empty routes. */
  vehicles: number;
  /** Total Euclidean distance, double precision, unrounded. */
  distance: number;
}

/**
 * Tolerance for time comparisons: summing irrational leg lengths in a different order can
 * move a boundary arrival by ~1e-12, which must not flip the verdict.
 */
const TIME_EPS = 1e-6;

function dist(inst: Instance, a: number, b: number): number {
  const dx = (inst.x[a] ?? 0) - (inst.x[b] ?? 0);
  const dy = (inst.y[a] ?? 0) - (inst.y[b] ?? 0);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Checks a plan by plain simulation, deliberately independent of the solver: precedence,
 * pairing, capacity, time windows with waiting, depot horizon and exactly-once coverage.
 */
export function checkSolution(inst: Instance, routes: Routes): CheckResult {
  const errors: string[] = [];
  const n = inst.nodeCount;
  const seen = new Int32Array(n).fill(-1);
  let distance = 0;
  let vehicles = 0;

  routes.forEach((route, r) => {
    if (route.length === 0) return;
    vehicles++;
    const label = `route ${r + 1}`;
    let prev = 0;
    let time = 0;
    let load = 0;
    const position = new Map<number, number>();
    route.forEach((node, pos) => {
      if (!Number.isInteger(node) || node < 1 || node >= n) {
        errors.push(`${label}: invalid task index ${node}`);
        return;
      }
      if (seen[node] !== -1) {
        errors.push(`${label}: task ${node} already visited (route ${(seen[node] ?? 0) + 1})`);
      }
      seen[node] = r;
      position.set(node, pos);
      const leg = dist(inst, prev, node);
      distance += leg;
      const arrival = time + leg;
      const start = Math.max(arrival, inst.earliest[node] ?? 0);
      if (start > (inst.latest[node] ?? 0) + TIME_EPS) {
        errors.push(
          `${label}: task ${node} starts at ${start.toFixed(4)} after ${inst.latest[node]}`,
        );
      }
      time = start + (inst.service[node] ?? 0);
      load += inst.demand[node] ?? 0;
      if (load > inst.capacity + TIME_EPS) {
        errors.push(`${label}: load ${load} exceeds capacity ${inst.capacity} at task ${node}`);
      }
      if (load < -TIME_EPS) errors.push(`${label}: negative load ${load} at task ${node}`);
      const pickup = inst.pickupOf[node] ?? 0;
      if (pickup > 0) {
        const pp = position.get(pickup);
        if (pp === undefined || pp > pos) {
          errors.push(`${label}: delivery ${node} without earlier pickup ${pickup} on this route`);
        }
      }
      prev = node;
    });
    const back = dist(inst, prev, 0);
    distance += back;
    if (time + back > (inst.latest[0] ?? 0) + TIME_EPS) {
      errors.push(
        `${label}: returns to depot at ${(time + back).toFixed(4)} after ${inst.latest[0]}`,
      );
    }
    for (const [node] of position) {
      const delivery = inst.deliveryOf[node] ?? 0;
      if (delivery > 0 && !position.has(delivery)) {
        errors.push(`${label}: pickup ${node} but its delivery ${delivery} is not on this route`);
      }
    }
  });

  for (let k = 1; k < n; k++) {
    if (seen[k] === -1) errors.push(`task ${k} is not served`);
  }
  if (vehicles > inst.vehicleLimit) {
    errors.push(`${vehicles} vehicles used, limit is ${inst.vehicleLimit}`);
  }
  return { feasible: errors.length === 0, errors, vehicles, distance };
}
