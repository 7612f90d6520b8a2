import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkSolution } from "./check-solution";
import { parseInstance } from "./parse-instance";
import { parseRoutes } from "./solution-format";
import { instancePath, instanceText, LI_LIM_DIR } from "./testing/fixtures";

function readBestKnown(file: string) {
  return new Map(
    readFileSync(path.join(LI_LIM_DIR, file), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() !== "")
      .map((l) => l.split(","))
      .map((c) => [c[0] ?? "", { vehicles: Number(c[1]), distance: Number(c[2]) }] as const),
  );
}

// Both sets the data folder ships route files for: 38 of 100 tasks, all 60 of 200 tasks.
const SETS = [
  { set: "pdp_100", csv: "best-known.csv", files: 38 },
  { set: "pdp_200", csv: "best-known-pdp_200.csv", files: 60 },
] as const;

function load(name: string, set: string = "pdp_100") {
  const inst = parseInstance(readFileSync(instancePath(set, name), "utf8"), name);
  const routeFile = path.join(LI_LIM_DIR, "bks-routes", set, `${name}.txt`);
  const routes = parseRoutes(readFileSync(routeFile, "utf8"));
  return { inst, routes };
}

describe.each(SETS)(
  "checkSolution on published best-known routes ($set)",
  ({ set, csv, files }) => {
    const bks = readBestKnown(csv);
    const routeFiles = readdirSync(path.join(LI_LIM_DIR, "bks-routes", set)).filter((f) =>
      f.endsWith(".txt"),
    );

    it("covers every bks-routes file", () => {
      expect(routeFiles.length).toBeGreaterThanOrEqual(files);
    });

    it.each(routeFiles.map((f) => f.replace(/\.txt$/, "")))("%s reproduces its BKS", (name) => {
      const { inst, routes } = load(name, set);
      const res = checkSolution(inst, routes);
      const ref = bks.get(name);
      expect(ref).toBeDefined();
      expect(res.errors).toEqual([]);
      expect(res.feasible).toBe(true);
      expect(res.vehicles).toBe(ref?.vehicles);
      expect(Math.abs(res.distance - (ref?.distance ?? 0))).toBeLessThan(0.01);
    });
  },
);

describe("checkSolution rejects broken plans", () => {
  const { inst, routes } = load("lc101");
  const copy = () => routes.map((r) => r.slice());

  it("rejects a delivery placed before its pickup", () => {
    const r = copy();
    const route = r[0] ?? [];
    const pi = route.findIndex((t) => (inst.deliveryOf[t] ?? 0) > 0);
    const di = route.indexOf(inst.deliveryOf[route[pi] ?? 0] ?? -1);
    [route[pi], route[di]] = [route[di] ?? 0, route[pi] ?? 0];
    const res = checkSolution(inst, r);
    expect(res.feasible).toBe(false);
    expect(res.errors.join("\n")).toMatch(/without earlier pickup/);
  });

  it("rejects a missing task and a duplicated task", () => {
    const r = copy();
    const dropped = (r[1] ?? []).pop();
    const res = checkSolution(inst, r);
    expect(res.feasible).toBe(false);
    expect(res.errors.join("\n")).toContain(`task ${dropped} is not served`);
    const dup = copy();
    dup.push([dup[0]?.[0] ?? 0]);
    expect(checkSolution(inst, dup).errors.join("\n")).toMatch(/already visited/);
  });

  it("rejects a pickup and delivery on different routes", () => {
    const r = copy();
    const route = r[0] ?? [];
    const pickup = route.find((t) => (inst.deliveryOf[t] ?? 0) > 0) ?? 0;
    const delivery = inst.deliveryOf[pickup] ?? 0;
    r[0] = route.filter((t) => t !== delivery);
    r.push([delivery]);
    expect(checkSolution(inst, r).errors.join("\n")).toMatch(/not on this route/);
  });

  const synthetic = parseInstance(
    instanceText(3, 10, [
      [0, 0, 0, 0, 1000, 0, 0, 0],
      [10, 0, 6, 0, 1000, 0, 0, 2],
      [20, 0, -6, 0, 1000, 0, 1, 0],
      [10, 10, 6, 0, 1000, 0, 0, 4],
      [20, 10, -6, 0, 30, 0, 3, 0],
    ]),
  );

  it("accepts a valid synthetic plan and computes its distance", () => {
    const res = checkSolution(synthetic, [
      [1, 2],
      [3, 4],
    ]);
    expect(res.feasible).toBe(true);
    expect(res.vehicles).toBe(2);
    expect(res.distance).toBeCloseTo(40 + (Math.hypot(10, 10) + 10 + Math.hypot(20, 10)), 9);
  });

  it("rejects capacity overflow", () => {
    const res = checkSolution(synthetic, [[1, 3, 2, 4]]);
    expect(res.errors.join("\n")).toMatch(/exceeds capacity/);
  });

  it("rejects a late arrival but accepts waiting for an early window", () => {
    const late = checkSolution(synthetic, [[1, 2, 3, 4]]);
    expect(late.errors.join("\n")).toMatch(/task 4 starts at .* after 30/);
    const waits = parseInstance(
      instanceText(1, 10, [
        [0, 0, 0, 0, 100, 0, 0, 0],
        [10, 0, 1, 50, 60, 5, 0, 2],
        [10, 0, -1, 0, 55, 0, 1, 0],
      ]),
    );
    expect(checkSolution(waits, [[1, 2]]).feasible).toBe(true);
    const tight = parseInstance(
      instanceText(1, 10, [
        [0, 0, 0, 0, 60, 0, 0, 0],
        [10, 0, 1, 50, 60, 5, 0, 2],
        [10, 0, -1, 0, 60, 0, 1, 0],
      ]),
    );
    expect(checkSolution(tight, [[1, 2]]).errors.join("\n")).toMatch(/returns to depot/);
  });
});
