import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { instanceText, type NodeRow } from "../../lib/dispatch/domain/testing/fixtures";

const depot: NodeRow = [0, 0, 0, 0, 100, 0, 0, 0];
const good = instanceText(2, 10, [depot, [10, 0, 5, 0, 50, 0, 0, 2], [20, 0, -5, 0, 60, 0, 1, 0]]);
// Line 4 (the second task) lost its last column.
const broken = good.replace("2\t20\t0\t-5\t0\t60\t0\t1\t0", "2\t20\t0\t-5\t0\t60\t0\t1");
// Task 3's pickup window closes before any vehicle can reach it.
const unreachable = instanceText(2, 10, [
  depot,
  [10, 0, 5, 0, 50, 0, 0, 2],
  [20, 0, -5, 0, 60, 0, 1, 0],
  [60, 0, 5, 0, 30, 0, 0, 4],
  [50, 0, -5, 0, 90, 0, 3, 0],
]);

/** `npm run bench:dispatch` on a folder of our own, as a user would run it. */
function runBench(files: Record<string, string>) {
  const root = mkdtempSync(path.join(tmpdir(), "bench-dispatch-"));
  const dir = path.join(root, "set");
  const out = path.join(root, "out");
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const cli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
  const res = spawnSync(
    process.execPath,
    [cli, "bench/dispatch/run.ts", "--instances", dir, "--out", out, "--seconds", "0.2"],
    { encoding: "utf8", timeout: 60_000 },
  );
  return { ...res, out };
}

describe("bench:dispatch on any folder", () => {
  it("solves the good files, names the broken one's line, and reports what it could not place", () => {
    const res = runBench({ "a-good.txt": good, "b-broken.txt": broken, "c-far.txt": unreachable });
    expect(res.stderr).toBe("");
    expect(res.status).toBe(0);
    // The broken file is skipped with its line number; the others still run.
    expect(res.stdout).toMatch(/\| b-broken \| skipped: .*line 4: .*9 columns, found 8/);
    expect(res.stdout).toContain("skipped (parse errors): b-broken");
    expect(existsSync(path.join(res.out, "b-broken.txt"))).toBe(false);
    expect(readFileSync(path.join(res.out, "a-good.txt"), "utf8").trim()).toBe("Route 1 : 1 2");
    // The unreachable request is left out and said so; the written plan holds only what fits.
    expect(readFileSync(path.join(res.out, "c-far.txt"), "utf8").trim()).toBe("Route 1 : 1 2");
    expect(res.stdout).toMatch(/\| c-far \|.*\(1 unplaced\)/);
  }, 60_000);
});
