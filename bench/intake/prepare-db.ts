import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../../lib/platform/db-client";
import { demoApiKey, seedDemo } from "../../lib/seed";

export type BenchStore = {
  storeId: string;
  keyId: string;
  apiKey: string;
  lat: number;
  lng: number;
  items: { itemId: string; quantity: number; optionIds: string[] }[];
};

/**
 * Seeds a small demo database once and makes S01 take orders around the clock with ample
 * stock, so the bench measures the write path rather than refusals. Returns two identical
 * copies: one for the HTTP server, one for the in-process run.
 */
export async function prepareDatabases(seed = 42) {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-intake-"));
  const file = path.join(dir, "seed.db");
  // `migrate deploy` (not raw SQL) so the app's start-up check sees the migration history.
  const migrated = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });
  if (migrated.status !== 0) throw new Error("prisma migrate deploy failed");
  const store = await seedBenchStore(`file:${file}`, { orders: 300, quantity: 2, seed });
  const httpFile = path.join(dir, "http.db");
  const rawFile = path.join(dir, "raw.db");
  copyFileSync(file, httpFile);
  copyFileSync(file, rawFile);
  return { dir, httpUrl: `file:${httpFile}`, rawUrl: `file:${rawFile}`, store };
}

/**
 * Seeds a small demo into a migrated database and makes S01 take orders around the clock with
 * ample stock, so a bench measures the write path rather than refusals.
 */
export async function seedBenchStore(
  url: string,
  opts: { orders: number; quantity: number; seed: number },
): Promise<BenchStore> {
  const db = createPrismaClient(url);
  await seedDemo(db, { orders: opts.orders, days: 1, seed: opts.seed, databaseUrl: url });
  const store = await db.store.findUniqueOrThrow({ where: { code: "S01" } });
  await db.store.update({
    where: { id: store.id },
    data: { status: "OPEN", slotMaxOrders: null, slotMaxValueCents: null, autoAccept: "{}" },
  });
  await db.openingHours.updateMany({
    where: { storeId: store.id },
    data: { opensAt: 0, closesAt: 1440 },
  });
  await db.menuItem.updateMany({
    where: { storeId: store.id, stockTracked: true },
    data: { stockQty: 1_000_000 },
  });
  // Recipes draw on ingredient stock too: a bench that runs out measures 409 refusals.
  await db.ingredient.updateMany({ where: { storeId: store.id }, data: { stockQty: 1_000_000 } });
  const key = await db.apiKey.findFirstOrThrow({
    where: { storeId: store.id, channel: "STOREFRONT" },
  });
  const menu = await db.menuItem.findMany({
    where: { storeId: store.id, active: true, soldOutUntil: null },
    include: { optionGroups: { include: { options: true } } },
    orderBy: { sortOrder: "asc" },
    take: 3,
  });
  await db.$disconnect();
  return {
    storeId: store.id,
    keyId: key.id,
    apiKey: demoApiKey(opts.seed, "S01", "STOREFRONT"),
    lat: store.lat + 0.001,
    lng: store.lng + 0.001,
    items: menu.map((m) => ({
      itemId: m.id,
      quantity: opts.quantity,
      // Satisfy each group's minimum with its first options.
      optionIds: m.optionGroups.flatMap((g) => g.options.slice(0, g.minChoices).map((o) => o.id)),
    })),
  };
}

/** The order body the bench sends; `note` carries the idempotency key so the DB can be audited. */
export function benchOrder(store: BenchStore, key: string) {
  return {
    customer: { name: "压测", phone: "13800138000" },
    address: { line: "衡山路 1 号", lat: store.lat, lng: store.lng },
    items: store.items,
    note: `bench:${key}`,
  };
}
