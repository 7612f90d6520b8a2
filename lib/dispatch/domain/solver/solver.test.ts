import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkSolution } from "../check-solution";
import { parseInstance } from "../parse-instance";
import { instancePath, instanceText } from "../testing/fixtures";
import { construct } from "./construct";
import type { SearchContext } from "./context";
import { hierarchicalObjective } from "./objective";
import { Prng } from "./prng";
import { buildProblem } from "./problem";
import { randomRemoval, routeRemoval, shawRemoval, stringRemoval, worstRemoval } from "./removal";
import { repair, sequentialRepair } from "./repair";
import { eliminateRoute } from "./route-elimination";
import { solve } from "./solve";

const lc101 = parseInstance(readFileSync(instancePath("pdp_100", "lc101"), "utf8"), "lc101");
const lr205 = parseInstance(readFileSync(instancePath("pdp_100", "lr205"), "utf8"), "lr205");

function context(seed: number, inst = lc101): SearchContext {
  return { p: buildProblem(inst), obj: hierarchicalObjective, rng: new Prng(seed) };
}

describe("Prng", () => {
  it("is reproducible for a seed", () => {
    const a = new Prng(42);
    const b = new Prng(42);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
    expect(new Prng(1).next()).not.toBe(new Prng(2).next());
  });
});

describe("removal and insertion operators", () => {
  const removals = { randomRemoval, worstRemoval, shawRemoval, stringRemoval, routeRemoval };
  for (const inst of [lc101, lr205]) {
    it.each(Object.entries(removals))(
      `%s then reinsertion stays feasible (${inst.name})`,
      (_, op) => {
        const ctx = context(7, inst);
        const sol = construct(ctx, inst.vehicleLimit);
        expect(sol.unassigned).toEqual([]);
        for (let round = 0; round < 4; round++) {
          op(ctx, sol, 12);
          expect(sol.unassigned.length).toBeGreaterThan(0);
          expect(checkSolution(inst, sol.toRoutes()).feasible).toBe(false);
          if (round % 2 === 0)
            repair(ctx, sol, { k: 1 + round, noise: 0.025, allowNewRoute: true });
          else sequentialRepair(ctx, sol, "random", 0.01, true);
          expect(sol.unassigned).toEqual([]);
          const check = checkSolution(inst, sol.toRoutes());
          expect(check.errors).toEqual([]);
          expect(check.distance).toBeCloseTo(sol.distance(), 6);
        }
      },
    );
  }

  it("route elimination keeps every intermediate plan feasible", () => {
    const ctx = context(3);
    const sol = construct(ctx, lc101.vehicleLimit);
    const before = sol.vehicles();
    const smallest = sol.routes.reduce(
      (best, r, i) => (r.size > 0 && r.size < (sol.routes[best]?.size ?? Infinity) ? i : best),
      0,
    );
    const ok = eliminateRoute(ctx, sol, smallest, {
      deadline: Infinity,
      now: () => 0,
      iterationsPerAttempt: 300,
      maxFailures: 1,
    });
    const check = checkSolution(lc101, sol.toRoutes());
    if (ok) {
      expect(check.feasible).toBe(true);
      expect(sol.vehicles()).toBe(before - 1);
    } else {
      // Incomplete but never violating: only "not served" errors are allowed.
      expect(check.errors.every((e) => e.includes("not served"))).toBe(true);
    }
  });
});

describe("solve", () => {
  const quick = { timeLimitMs: 60_000, maxAlnsIterations: 300, eliminationIterations: 300 };

  it("returns a feasible plan matching the checker", () => {
    const res = solve(lc101, { seed: 5, timeLimitMs: 400 });
    const check = checkSolution(lc101, res.routes);
    expect(check.errors).toEqual([]);
    expect(res.unplaced).toEqual([]);
    expect(check.vehicles).toBe(res.vehicles);
    expect(check.distance).toBeCloseTo(res.distance, 6);
    // BKS is 10; leave slack for slow, loaded CI machines.
    expect(res.vehicles).toBeLessThanOrEqual(12);
  });

  it("is deterministic for a seed under iteration limits", () => {
    const a = solve(lr205, { seed: 11, ...quick });
    const b = solve(lr205, { seed: 11, ...quick });
    expect(a.routes).toEqual(b.routes);
    expect(a.distance).toBe(b.distance);
    expect(checkSolution(lr205, a.routes).feasible).toBe(true);
  });

  it("reports requests it cannot serve instead of returning an infeasible plan", () => {
    const inst = parseInstance(
      instanceText(2, 10, [
        [0, 0, 0, 0, 100, 0, 0, 0],
        [10, 0, 5, 0, 50, 0, 0, 2],
        [20, 0, -5, 0, 60, 0, 1, 0],
        // Unreachable: the pickup window closes before a vehicle can get there.
        [60, 0, 5, 0, 30, 0, 0, 4],
        [50, 0, -5, 0, 90, 0, 3, 0],
      ]),
    );
    const res = solve(inst, { seed: 1, timeLimitMs: 100 });
    expect(res.unplaced).toEqual([3]);
    expect(res.routes).toEqual([[1, 2]]);
    const check = checkSolution(inst, res.routes);
    expect(check.errors).toEqual(["task 3 is not served", "task 4 is not served"]);
  });
});
