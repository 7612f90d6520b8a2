// App instances and databases for the HTTP benches (intake, live, crash): `next start` on free
// ports against a fresh seeded SQLite file or a throwaway PostgreSQL server.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createDatabase, startPostgres } from "../../scripts/pg-server.mjs";
import { migratePostgres } from "../../scripts/db-migrate.mjs";
import { seedBenchStore, type BenchStore } from "./prepare-db";

/** The build `next start` serves: `NEXT_DIST_DIR` (an isolated build) or `.next`. */
export function buildDir(): string {
  return process.env.NEXT_DIST_DIR ?? ".next";
}

export function hasBuild(): boolean {
  return existsSync(path.join(buildDir(), "BUILD_ID"));
}

export function freePort(): Promise<number> {
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

// One random session secret per bench run, shared by its instances (a production server
// refuses a missing or placeholder one).
const SESSION_SECRET = process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url");

export type Instance = { port: number; base: string; proc: ChildProcess | null };

export async function newInstance(): Promise<Instance> {
  const port = await freePort();
  return { port, base: `http://127.0.0.1:${port}`, proc: null };
}

/** Starts (or restarts) `next start` for `instance` on `url`; background workers off. */
export function startInstance(instance: Instance, url: string): void {
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
        DISPATCH_AUTO: "off",
        AUTH_SECRET: SESSION_SECRET,
        NEXTAUTH_URL: instance.base,
      },
    },
  );
}

/** Waits until the instance answers HTTP (a 401 without a key is an answer). */
export async function waitReady(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`${instance.base}/api/v1/orders/ready`, {
      signal: AbortSignal.timeout(5000),
    }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start on ${instance.port} did not answer in time`);
}

export function stopInstances(instances: Instance[]): void {
  for (const i of instances) i.proc?.kill("SIGKILL");
}

export type PgServer = Awaited<ReturnType<typeof startPostgres>>;

/** A throwaway PostgreSQL server with one migrated, seeded bench database. */
export async function preparePostgres(
  name: string,
  opts: { orders: number; quantity: number; seed?: number },
): Promise<{ pg: PgServer; url: string; store: BenchStore }> {
  const pg = await startPostgres();
  try {
    const url = await createDatabase(pg.url, name);
    await migratePostgres(url, { log: () => {} });
    const store = await seedBenchStore(url, { seed: 42, ...opts });
    return { pg, url, store };
  } catch (error) {
    pg.stop();
    throw error;
  }
}
