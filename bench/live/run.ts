// `npm run bench:live [-- --orders 120] [--raw]`: live event delivery latency, from the API call
// that places an order to the `order.created` event in a second, signed-in browser (headless
// Chromium's own EventSource on GET /api/events; `--raw` reads the stream in Node instead). Single instance on SQLite (POST and stream on the same instance), then two
// instances on one PostgreSQL database (POST on A, stream on B: LISTEN/NOTIFY across
// instances). Printed side by side. Needs a production build (`NEXT_DIST_DIR` if isolated).
import { rmSync } from "node:fs";
import { prepareDatabases } from "../intake/prepare-db";
import {
  hasBuild,
  newInstance,
  preparePostgres,
  startInstance,
  stopInstances,
  waitReady,
} from "../intake/servers";
import { measureDelivery, printDelivery, type DeliveryFigures, type LiveClient } from "./measure";

const client: LiveClient = process.argv.includes("--raw") ? "raw" : "browser";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function sqliteRun(orders: number): Promise<DeliveryFigures> {
  console.log("SQLite: seeding a fresh database, one instance…");
  const prepared = await prepareDatabases();
  const a = await newInstance();
  try {
    startInstance(a, prepared.httpUrl);
    await waitReady(a);
    await measureDelivery(a.base, a.base, prepared.store, 5, client); // warm-up
    return await measureDelivery(a.base, a.base, prepared.store, orders, client);
  } finally {
    stopInstances([a]);
    rmSync(prepared.dir, { recursive: true, force: true });
  }
}

async function postgresRun(orders: number): Promise<DeliveryFigures> {
  console.log("PostgreSQL: throwaway server, two instances (POST on A, stream on B)…");
  const { pg, url, store } = await preparePostgres("live", { orders: 300, quantity: 2 });
  const instances = [await newInstance(), await newInstance()];
  try {
    for (const i of instances) startInstance(i, url);
    for (const i of instances) await waitReady(i);
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    await measureDelivery(a.base, b.base, store, 5, client); // warm-up
    return await measureDelivery(a.base, b.base, store, orders, client);
  } finally {
    stopInstances(instances);
    pg.stop();
  }
}

async function main(): Promise<number> {
  if (!hasBuild()) {
    console.error("No production build: run `npm run build` first (or set NEXT_DIST_DIR).");
    return 1;
  }
  const orders = arg("orders", 120);
  const sqlite = await sqliteRun(orders);
  const pg = await postgresRun(orders);
  console.log(
    `second client: ${client === "browser" ? "headless Chromium (EventSource)" : "Node SSE reader"}`,
  );
  printDelivery([
    ["1 × SQLite (same instance)", sqlite],
    ["2 × PostgreSQL (A → B)", pg],
  ]);
  return sqlite.missed === 0 && pg.missed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
