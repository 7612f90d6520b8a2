// `npm run bench:crash [-- --seconds 30 --connections 8]`: crash safety of the order intake.
// Two `next start` instances on one PostgreSQL take sustained orders; mid-run one instance is
// killed with SIGKILL and restarted, then the PostgreSQL postmaster is killed with SIGKILL and
// restarted. Afterwards every request is retried with its Idempotency-Key, as a client would:
// every 2xx-acknowledged order must exist exactly once and its retry must return it; a request
// that failed (connection cut, 5xx) must, on retry, return the order its first attempt committed
// if any, else place it once. Prints the figures; exit code 1 if any check fails. Needs a build.
import { randomUUID } from "node:crypto";
import { createPrismaClient } from "../../lib/platform/db-client";
import { benchOrder, type BenchStore } from "../intake/prepare-db";
import {
  hasBuild,
  newInstance,
  preparePostgres,
  startInstance,
  stopInstances,
  waitReady,
  type Instance,
} from "../intake/servers";
import { auditOrders, printCrashReport, type KeyOutcome } from "./audit";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Outcome = { status: number | "network"; id?: string; detail?: string };

async function post(instance: Instance, store: BenchStore, key: string): Promise<Outcome> {
  try {
    const res = await fetch(`${instance.base}/api/v1/orders`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${store.apiKey}`,
        "content-type": "application/json",
        "idempotency-key": key,
      },
      body: JSON.stringify(benchOrder(store, key)),
      signal: AbortSignal.timeout(30_000),
    });
    const json = (await res.json().catch(() => ({}))) as { id?: string; detail?: string };
    return { status: res.status, id: json.id, detail: json.detail };
  } catch {
    return { status: "network" };
  }
}

const decisive = (o: Outcome) => o.status !== "network" && o.status !== 409 && o.status < 500;

async function main(): Promise<number> {
  if (!hasBuild()) {
    console.error("No production build: run `npm run build` first (or set NEXT_DIST_DIR).");
    return 1;
  }
  const seconds = arg("seconds", 30);
  const connections = arg("connections", 8);
  console.log("PostgreSQL: starting a throwaway server, migrating, seeding…");
  const { pg, url, store } = await preparePostgres("crash", { orders: 200, quantity: 1 });
  const a = await newInstance();
  const instances = [a, await newInstance()];
  const pick = (n: number) => instances[n % 2] ?? a;
  const outcomes = new Map<string, KeyOutcome>();
  const counts = { sent: 0, ok: 0, s5xx: 0, s4xx: 0, network: 0 };
  const count = (out: Outcome) => {
    counts.sent++;
    if (out.status === "network") counts.network++;
    else if (out.status >= 500) counts.s5xx++;
    else if (out.status >= 400) counts.s4xx++;
    else counts.ok++;
  };
  try {
    for (const i of instances) startInstance(i, url);
    for (const i of instances) await waitReady(i);

    const deadline = Date.now() + seconds * 1000;
    const worker = async (n: number) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const key = randomUUID();
        const out = await post(pick(i + n), store, key);
        count(out);
        outcomes.set(key, {
          first: out.status,
          ackedId: out.status === 201 ? out.id : undefined,
        });
        if (!decisive(out)) await sleep(100);
      }
    };
    const faults = (async () => {
      const step = (seconds * 1000) / 6;
      await sleep(step);
      console.log(`t=${(step / 1000).toFixed(0)}s kill -9 app instance A`);
      a.proc?.kill("SIGKILL");
      await sleep(step);
      console.log("restart instance A");
      startInstance(a, url);
      await sleep(step);
      console.log("kill -9 the PostgreSQL postmaster");
      pg.kill();
      await sleep(step / 2);
      console.log("restart PostgreSQL (crash recovery)");
      pg.start();
    })();
    await Promise.all([faults, ...Array.from({ length: connections }, (_, n) => worker(n))]);
    for (const i of instances) await waitReady(i);

    // What the crashes left behind, before any retry.
    const db = createPrismaClient(url);
    const before = await ordersByKey(db);

    // A client retries every request with its key until it gets a decisive answer (a claim
    // left by a killed request is taken over once it is stale, ~20 s).
    console.log(`Retrying all ${outcomes.size} keys with the same Idempotency-Key…`);
    let turn = 0;
    const retryUntil = Date.now() + 90_000;
    for (const [key, outcome] of outcomes) {
      for (;;) {
        const out = await post(pick(turn++), store, key);
        count(out);
        outcome.retry = out.status;
        outcome.retryId = out.id;
        outcome.retryDetail = out.detail;
        if (decisive(out) || Date.now() > retryUntil) break;
        await sleep(500);
      }
    }
    const after = await ordersByKey(db);
    await db.$disconnect();
    const audit = auditOrders(outcomes, before, after);
    printCrashReport(counts, audit);
    const stuck = new Map<string, number>();
    for (const o of outcomes.values()) {
      if (o.retry === 201 || (typeof o.retry === "number" && o.retry < 500 && o.retry !== 409))
        continue;
      const why = `${o.retry} ${o.retryDetail ?? ""}`;
      stuck.set(why, (stuck.get(why) ?? 0) + 1);
    }
    for (const [why, n] of stuck) console.log(`  unresolved: ${n} × ${why}`);
    return audit.ok ? 0 : 1;
  } finally {
    stopInstances(instances);
    pg.stop();
  }
}

async function ordersByKey(db: ReturnType<typeof createPrismaClient>) {
  const rows = await db.order.findMany({
    where: { note: { startsWith: "bench:" } },
    select: { id: true, note: true },
  });
  const byKey = new Map<string, string[]>();
  for (const r of rows) {
    const key = (r.note ?? "").slice("bench:".length);
    byKey.set(key, [...(byKey.get(key) ?? []), r.id]);
  }
  return byKey;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
