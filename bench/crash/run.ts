// `npm run bench:crash [-- --seconds 30 --connections 8]`: crash safety of the order intake.
// Two `next start` instances on one PostgreSQL take sustained orders; mid-run one instance is
// killed with SIGKILL and restarted, then the PostgreSQL postmaster is killed with SIGKILL and
// restarted. Afterwards every 2xx-acknowledged order must exist exactly once, and a retry with
// the same Idempotency-Key must return the original order. Prints the figures. Needs a build.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createPrismaClient } from "../../lib/platform/db-client";
import { benchOrder, seedBenchStore, type BenchStore } from "../intake/prepare-db";
import { startPostgres, createDatabase } from "../../scripts/pg-server.mjs";
import { migratePostgres } from "../../scripts/db-migrate.mjs";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });

type Instance = { port: number; proc: ChildProcess | null };

function startInstance(instance: Instance, url: string): void {
  instance.proc = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(instance.port)],
    {
      stdio: ["ignore", "ignore", process.env.BENCH_VERBOSE ? "inherit" : "ignore"],
      env: {
        ...process.env,
        DATABASE_URL: url,
        WEBHOOK_WORKER: "off",
        DEMO_SIMULATOR: "off",
        AUTH_SECRET: "bench-only-secret-0000000000000000000000",
        NEXTAUTH_URL: `http://127.0.0.1:${instance.port}`,
      },
    },
  );
}

async function waitReady(port: number, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/v1/orders/ready`, {
      signal: AbortSignal.timeout(5000),
    }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`instance on ${port} did not start`);
}

type Outcome = { status: number | "network"; id?: string };

async function post(port: number, store: BenchStore, key: string): Promise<Outcome> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/orders`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${store.apiKey}`,
        "content-type": "application/json",
        "idempotency-key": key,
      },
      body: JSON.stringify(benchOrder(store, key)),
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await res.json().catch(() => ({}))) as { id?: string };
    return { status: res.status, id: json.id };
  } catch {
    return { status: "network" };
  }
}

async function main(): Promise<number> {
  if (!existsSync(path.join(".next", "BUILD_ID")) && !process.env.NEXT_DIST_DIR) {
    console.error("No production build: run `npm run build` first.");
    return 1;
  }
  const seconds = arg("seconds", 30);
  const connections = arg("connections", 8);
  const pg = await startPostgres();
  const instances: Instance[] = [
    { port: await freePort(), proc: null },
    { port: await freePort(), proc: null },
  ];
  try {
    const url = await createDatabase(pg.url, "crash");
    await migratePostgres(url, { log: () => {} });
    console.log("Seeding PostgreSQL…");
    const store = await seedBenchStore(url, { orders: 200, quantity: 1, seed: 42 });
    for (const i of instances) startInstance(i, url);
    for (const i of instances) await waitReady(i.port);

    const acked = new Map<string, string>();
    const attempted = new Set<string>();
    const counts = { sent: 0, ok: 0, s5xx: 0, s4xx: 0, network: 0 };
    const deadline = Date.now() + seconds * 1000;
    const worker = async (n: number) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const key = randomUUID();
        attempted.add(key);
        const instance = instances[(i + n) % 2] as Instance;
        const out = await post(instance.port, store, key);
        counts.sent++;
        if (out.status === "network") counts.network++;
        else if (out.status >= 500) counts.s5xx++;
        else if (out.status >= 400) counts.s4xx++;
        else if (out.id) {
          counts.ok++;
          acked.set(key, out.id);
        }
        if (out.status === "network" || (typeof out.status === "number" && out.status >= 500))
          await sleep(100);
      }
    };
    const faults = (async () => {
      const step = (seconds * 1000) / 6;
      await sleep(step);
      console.log(`t=${(step / 1000).toFixed(0)}s kill -9 app instance A`);
      instances[0]?.proc?.kill("SIGKILL");
      await sleep(step);
      console.log("restart instance A");
      if (instances[0]) startInstance(instances[0], url);
      await sleep(step);
      console.log("kill -9 the PostgreSQL postmaster");
      pg.kill();
      await sleep(step / 2);
      console.log("restart PostgreSQL (crash recovery)");
      pg.start();
    })();
    await Promise.all([faults, ...Array.from({ length: connections }, (_, n) => worker(n))]);
    for (const i of instances) await waitReady(i.port);

    // Retries with the same keys: acknowledged ones must return their original order.
    let replayMismatch = 0;
    let replayed = 0;
    for (const [key, id] of acked) {
      const out = await post(instances[replayed % 2]?.port ?? 0, store, key);
      replayed++;
      if (out.id !== id) replayMismatch++;
    }
    const db = createPrismaClient(url);
    const rows = await db.order.findMany({
      where: { note: { startsWith: "bench:" } },
      select: { id: true, note: true },
    });
    await db.$disconnect();
    const byKey = new Map<string, string[]>();
    for (const r of rows) {
      const key = (r.note ?? "").slice("bench:".length);
      byKey.set(key, [...(byKey.get(key) ?? []), r.id]);
    }
    let lost = 0;
    let duplicated = 0;
    let wrongId = 0;
    for (const [key, id] of acked) {
      const ids = byKey.get(key) ?? [];
      if (ids.length === 0) lost++;
      if (!ids.includes(id)) wrongId++;
    }
    for (const ids of byKey.values()) if (ids.length > 1) duplicated++;
    console.log(
      "\nCrash safety (2 instances on PostgreSQL, kill -9 of an instance and of the DB server)",
    );
    console.log(`requests sent              ${counts.sent}`);
    console.log(`acknowledged (2xx)         ${counts.ok}`);
    console.log(`failed: network / 5xx / 4xx ${counts.network} / ${counts.s5xx} / ${counts.s4xx}`);
    console.log(`orders in the database     ${rows.length} (from ${attempted.size} keys)`);
    console.log(`lost (acked, not stored)   ${lost}`);
    console.log(`duplicated keys            ${duplicated}`);
    console.log(`acked id differs in DB     ${wrongId}`);
    console.log(
      `retries with same key      ${replayed}, returned another order: ${replayMismatch}`,
    );
    return lost === 0 && duplicated === 0 && wrongId === 0 && replayMismatch === 0 ? 0 : 1;
  } finally {
    for (const i of instances) i.proc?.kill("SIGKILL");
    pg.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
