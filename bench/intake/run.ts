// `npm run bench:intake [-- --seconds 15 --connections 16] [--compare | --postgres]`: HTTP load
// on the built app. Default: one instance on a fresh seeded SQLite copy, next to the same write
// in-process. `--postgres`: two instances on one PostgreSQL database, requests round-robin.
// `--compare`: both, printed side by side. Needs a production build (`NEXT_DIST_DIR` if isolated).
import { rmSync } from "node:fs";
import { createPrismaClient } from "../../lib/platform/db-client";
import { runInProcess } from "./in-process";
import { runLoad } from "./load";
import { prepareDatabases, type BenchStore } from "./prepare-db";
import { printComparison, printReport, type LoadFigures } from "./report";
import {
  hasBuild,
  newInstance,
  preparePostgres,
  startInstance,
  stopInstances,
  waitReady,
} from "./servers";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Starts `count` instances on `url`, runs the load round-robin, audits the database. */
async function httpRun(
  url: string,
  store: BenchStore,
  count: number,
  connections: number,
  seconds: number,
): Promise<LoadFigures> {
  const instances = await Promise.all(Array.from({ length: count }, () => newInstance()));
  try {
    for (const i of instances) startInstance(i, url);
    for (const i of instances) await waitReady(i);
    const bases = instances.map((i) => i.base);
    // A short warm-up on every instance so route compilation and first connections are not measured.
    await runLoad(bases, store, 2 * count, 1);
    const db = createPrismaClient(url);
    const before = await db.order.count({ where: { note: { startsWith: "bench:" } } });
    console.log(`Load: ${connections} connections for ${seconds} s against ${bases.join(", ")}…`);
    const load = await runLoad(bases, store, connections, seconds);
    const rows = await db.order.groupBy({
      by: ["note"],
      where: { note: { startsWith: "bench:" } },
      _count: { _all: true },
    });
    await db.$disconnect();
    const inDb = new Map(rows.map((r) => [r.note ?? "", r._count._all]));
    const duplicates = rows.reduce((sum, r) => sum + r._count._all - 1, 0);
    let lost = 0;
    let mismatched = 0;
    for (const [key, ids] of load.idsByKey) {
      if (!inDb.has(`bench:${key}`)) lost++;
      if (ids.size > 1) mismatched++;
    }
    const total = rows.reduce((sum, r) => sum + r._count._all, 0);
    return {
      seconds: load.seconds,
      connections,
      requests: load.requests,
      retries: load.retries,
      statuses: load.statuses,
      ordersCreated: total - before,
      latenciesMs: load.latenciesMs,
      duplicates,
      lost,
      mismatchedReplays: mismatched,
    };
  } finally {
    stopInstances(instances);
  }
}

async function sqliteRun(connections: number, seconds: number, inProcess: boolean) {
  console.log("SQLite: seeding a fresh database…");
  const prepared = await prepareDatabases();
  try {
    const load = await httpRun(prepared.httpUrl, prepared.store, 1, connections, seconds);
    if (!inProcess) return { load, raw: null };
    console.log(`In-process: the same write for ${Math.min(seconds, 10)} s…`);
    const raw = await runInProcess(prepared.rawUrl, prepared.store, Math.min(seconds, 10));
    return { load, raw };
  } finally {
    rmSync(prepared.dir, { recursive: true, force: true });
  }
}

async function postgresRun(connections: number, seconds: number) {
  console.log("PostgreSQL: starting a throwaway server, migrating, seeding…");
  const { pg, url, store } = await preparePostgres("intake", { orders: 300, quantity: 2 });
  try {
    return await httpRun(url, store, 2, connections, seconds);
  } finally {
    pg.stop();
  }
}

async function main(): Promise<number> {
  const seconds = arg("seconds", 15);
  const connections = Math.min(20, arg("connections", 16));
  if (!hasBuild()) {
    console.error("No production build: run `npm run build` first (or set NEXT_DIST_DIR).");
    return 1;
  }
  const compare = process.argv.includes("--compare");
  if (process.argv.includes("--postgres") && !compare) {
    printComparison([["2 × next start, PostgreSQL", await postgresRun(connections, seconds)]]);
    return 0;
  }
  const sqlite = await sqliteRun(connections, seconds, !compare);
  if (!compare && sqlite.raw) {
    printReport(sqlite.load, sqlite.raw);
    return 0;
  }
  const pg = await postgresRun(connections, seconds);
  printComparison([
    ["1 × next start, SQLite", sqlite.load],
    ["2 × next start, PostgreSQL", pg],
  ]);
  return 0;
}

process.exitCode = await main();
