import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { checkSolution } from "../../lib/dispatch/domain/check-solution";
import type { Instance } from "../../lib/dispatch/domain/instance";
import { parseInstance } from "../../lib/dispatch/domain/parse-instance";
import { formatRoutes } from "../../lib/dispatch/domain/solution-format";
import { solve } from "../../lib/dispatch/domain/solver/solve";
import { loadBestKnown } from "./best-known";
import { formatTable, summarise } from "./report";
import type { BenchRow } from "./report";

interface Args {
  instances: string;
  out: string;
  seconds: number;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const instances = get("--instances");
  const out = get("--out");
  if (!instances || !out) {
    throw new Error(
      "usage: npm run bench:dispatch -- --instances <dir> --out <dir> [--seconds S] [--seed N]",
    );
  }
  const seconds = Number(get("--seconds") ?? 10);
  const seed = Number(get("--seed") ?? 1);
  if (!(seconds > 0) || !Number.isInteger(seed)) throw new Error("bad --seconds or --seed");
  return { instances, out, seconds, seed };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const files = readdirSync(args.instances)
    .filter((f) => f.toLowerCase().endsWith(".txt"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const bks = loadBestKnown(args.instances);
  mkdirSync(args.out, { recursive: true });
  const rows: BenchRow[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const name = file.replace(/\.txt$/i, "");
    let inst: Instance;
    try {
      inst = parseInstance(readFileSync(path.join(args.instances, file), "utf8"), name);
    } catch (e) {
      // One unreadable file should not sink the whole benchmark.
      console.log(`| ${name} | skipped: ${e instanceof Error ? e.message : String(e)} |`);
      skipped.push(name);
      continue;
    }
    const t = performance.now();
    const res = solve(inst, { seed: args.seed, timeLimitMs: args.seconds * 1000 });
    const seconds = (performance.now() - t) / 1000;
    writeFileSync(path.join(args.out, `${name}.txt`), formatRoutes(res.routes));
    const check = checkSolution(inst, res.routes);
    const row: BenchRow = {
      name,
      vehicles: check.vehicles,
      distance: check.distance,
      bks: bks.get(name),
      seconds,
      feasible: check.feasible,
      unplaced: res.unplaced.length,
    };
    rows.push(row);
    console.log(formatTable([row], false));
    if (!check.feasible) console.log(`  checker: ${check.errors.slice(0, 3).join("; ")}`);
  }
  console.log("");
  console.log(formatTable(rows, true));
  console.log("");
  console.log(summarise(rows));
  if (skipped.length > 0) console.log(`skipped (parse errors): ${skipped.join(", ")}`);
}

main();
