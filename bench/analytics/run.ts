// `npm run bench:analytics [-- --orders 1000000] [--evict] [--file <db>] [--no-migrate]`: seeds
// (or reuses) data/bench-analytics-<orders>.db, then times every dashboard query cold (first
// call; with --evict the file is first dropped from the OS page cache, so cold means disk) and
// warm, and prints p50/p95 and CPU time per panel next to one full scan of the orders table.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { buildBenchDatabase, migrate, rebuildBenchRollups } from "./bulk";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const orders = arg("orders", 1_000_000);
const runs = arg("runs", 20);
const fileAt = process.argv.indexOf("--file");
const file = path.resolve(
  fileAt >= 0 ? (process.argv[fileAt + 1] ?? "") : `data/bench-analytics-${orders}.db`,
);

// A database built before the daily grouping-set rollups existed gets its rollups rebuilt.
function hasCurrentRollups(): boolean {
  try {
    const db = new Database(file, { readonly: true });
    const row = db.prepare(`SELECT COUNT(*) AS n FROM "AnalyticsDaily" WHERE "zoneId" = '*'`).get();
    // zone/channel sets of dishes, couriers and customer weeks (a migrated file has only "*")
    const dims = db
      .prepare(
        `SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM "AnalyticsDish" WHERE "zoneId" <> '*' LIMIT 1))
           + (SELECT COUNT(*) FROM (SELECT 1 FROM "AnalyticsCustomerWeek" WHERE "channel" <> '*' LIMIT 1)) AS n`,
      )
      .get();
    db.close();
    return (row as { n: number }).n > 0 && (dims as { n: number }).n === 2;
  } catch {
    return false;
  }
}

function countOrders(): number {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true });
    const row = db.prepare(`SELECT COUNT(*) AS n FROM "Order"`).get() as { n: number };
    const built = db.prepare(`SELECT COUNT(*) AS n FROM "AnalyticsWatermark"`).get() as {
      n: number;
    };
    db.close();
    return built.n > 0 ? row.n : 0;
  } catch {
    return 0;
  }
}

const have = countOrders();
if (have < orders * 0.95) {
  for (const s of ["", "-wal", "-shm", "-journal"]) rmSync(file + s, { force: true });
  const started = Date.now();
  await buildBenchDatabase(file, orders, (m) => console.log(`  ${m}`));
  console.log(`bench database built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} else {
  console.log(`reusing ${file} (${have} orders)`);
  // New indexes reach a reused file too (no rollup rebuild needed for an index).
  if (!process.argv.includes("--no-migrate")) {
    const started = Date.now();
    migrate(file);
    console.log(`migrations applied in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (process.argv.includes("--rollups") || !hasCurrentRollups()) {
    const started = Date.now();
    await rebuildBenchRollups(file, (m) => console.log(`  ${m}`));
    console.log(`rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
}
process.env.DATABASE_URL = `file:${file}`;
const { runPanels } = await import("./panels");
await runPanels(file, runs, process.argv.includes("--evict"));
