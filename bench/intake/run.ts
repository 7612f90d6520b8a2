// `npm run bench:intake [-- --seconds 15 --connections 16]`: HTTP load on the built app against
// a fresh seeded SQLite copy, next to the same write in-process. Needs `npm run build` first.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createPrismaClient } from "../../lib/platform/db-client";
import { runInProcess } from "./in-process";
import { runLoad } from "./load";
import { prepareDatabases } from "./prepare-db";
import { printReport } from "./report";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(base: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    // Any HTTP answer (a 401 without a key) means the server is up; the build may predate
    // the OpenAPI route.
    const ok = await fetch(`${base}/api/v1/orders/ready`, {
      signal: AbortSignal.timeout(5000),
    }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not answer in time");
}

async function main(): Promise<number> {
  const seconds = arg("seconds", 15);
  const connections = Math.min(20, arg("connections", 16));
  if (!existsSync(path.join(".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run build` first.");
    return 1;
  }
  console.log("Seeding a fresh SQLite database…");
  const prepared = await prepareDatabases();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      stdio: ["ignore", process.env.BENCH_VERBOSE ? "inherit" : "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: prepared.httpUrl,
        WEBHOOK_WORKER: "off",
        NEXTAUTH_URL: base,
      },
    },
  );
  try {
    await waitReady(base, 90_000);
    // A short warm-up so route compilation and the first connection are not measured.
    await runLoad(base, prepared.store, 2, 1);
    const db = createPrismaClient(prepared.httpUrl);
    const before = await db.order.count({ where: { note: { startsWith: "bench:" } } });
    console.log(`Load: ${connections} connections for ${seconds} s against ${base}…`);
    const load = await runLoad(base, prepared.store, connections, seconds);
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
    console.log(`In-process: the same write for ${Math.min(seconds, 10)} s…`);
    const raw = await runInProcess(prepared.rawUrl, prepared.store, Math.min(seconds, 10));
    printReport(
      {
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
      },
      raw,
    );
    return 0;
  } finally {
    server.kill("SIGTERM");
    rmSync(prepared.dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
