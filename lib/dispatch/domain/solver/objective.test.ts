import { describe, expect, it } from "vitest";
import { checkSolution } from "../check-solution";
import { parseInstance } from "../parse-instance";
import { instanceText } from "../testing/fixtures";
import { liveObjective } from "./objective";
import { buildProblem } from "./problem";
import { RouteState } from "./route-state";
import { solve } from "./solve";

// Four orders picked up at the depot's kitchen and delivered in four directions.
const inst = parseInstance(
  instanceText(4, 10, [
    [0, 0, 0, 0, 1000, 0, 0, 0],
    [0, 0, 1, 0, 1000, 0, 0, 2],
    [10, 0, -1, 0, 1000, 0, 1, 0],
    [0, 0, 1, 0, 1000, 0, 0, 4],
    [0, 10, -1, 0, 1000, 0, 3, 0],
    [0, 0, 1, 0, 1000, 0, 0, 6],
    [-10, 0, -1, 0, 1000, 0, 5, 0],
    [0, 0, 1, 0, 1000, 0, 0, 8],
    [0, -10, -1, 0, 1000, 0, 7, 0],
  ]),
);
const noPromise = new Float64Array(inst.nodeCount).fill(Infinity);

function serviceStarts(routes: number[][]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const r of routes) {
    let t = 0;
    let prev = 0;
    for (const v of r) {
      t += Math.hypot(
        (inst.x[v] ?? 0) - (inst.x[prev] ?? 0),
        (inst.y[v] ?? 0) - (inst.y[prev] ?? 0),
      );
      starts.set(v, t);
      prev = v;
    }
  }
  return starts;
}

describe("liveObjective", () => {
  it("prices lateness against promises and squared route duration", () => {
    const promise = noPromise.slice();
    promise[2] = 5;
    const obj = liveObjective({ promise, latenessWeight: 3, fairnessWeight: 2 });
    const p = buildProblem(inst);
    const route = new RouteState(p.n + 2);
    route.nodes.set([0, 1, 2, 0]);
    route.len = 4;
    route.update(p);
    // Delivery 2 starts at 10 (5 late); the route returns at 20 over a 1000 horizon.
    expect(obj.routeExtra?.(p, route.nodes, route.start, route.len)).toBeCloseTo(
      3 * 5 + (2 * 20 * 20) / 1000,
      9,
    );
  });

  it("uses one courier for pure distance and spreads work when fairness matters", () => {
    const distanceOnly = solve(inst, {
      seed: 1,
      timeLimitMs: 150,
      objective: liveObjective({ promise: noPromise, latenessWeight: 0, fairnessWeight: 0 }),
    });
    expect(checkSolution(inst, distanceOnly.routes).feasible).toBe(true);
    expect(distanceOnly.routes.length).toBe(1);
    const fair = solve(inst, {
      seed: 1,
      timeLimitMs: 150,
      objective: liveObjective({ promise: noPromise, latenessWeight: 0, fairnessWeight: 100 }),
    });
    expect(checkSolution(inst, fair.routes).feasible).toBe(true);
    expect(fair.routes.length).toBeGreaterThanOrEqual(2);
  });

  it("serves a tightly promised order on time when lateness is expensive", () => {
    const promise = noPromise.slice();
    promise[8] = 10;
    const res = solve(inst, {
      seed: 2,
      timeLimitMs: 150,
      objective: liveObjective({
        promise,
        latenessWeight: 1000,
        fairnessWeight: 0,
        vehicleCost: 50,
      }),
    });
    expect(checkSolution(inst, res.routes).feasible).toBe(true);
    expect(res.routes.length).toBe(1);
    expect(serviceStarts(res.routes).get(8)).toBeLessThanOrEqual(10 + 1e-9);
  });
});
