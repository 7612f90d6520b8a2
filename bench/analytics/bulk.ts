// Fast bulk generator for the million-order database: seeds one block of history with the
// normal seed (and builds its rollups the normal way), then copies that block further and
// further into the past with plain SQL. Each copy gets its own customers, so every copy's
// rollups are the base rollups shifted by a whole number of weeks (weekday and hour kept),
// and are copied the same way. Tickets, reviews and redemptions stay in the base block.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { createPrismaClient } from "../../lib/platform/db-client";
import { addDays, dayKey } from "../../lib/analytics/domain/calendar";
import { recomputeCustomers, recomputeDay } from "../../lib/analytics/rollups/recompute";
import { rebuildRollups } from "../../lib/analytics/rollups/refresh";
import { seedDemo } from "../../lib/seed";

export const BLOCK_DAYS = 28;
const DAY_MS = 86_400_000;
const TIME_COLUMNS: Record<string, string[]> = {
  Order: [
    "placedAt",
    "acceptedAt",
    "readyAt",
    "pickedUpAt",
    "deliveredAt",
    "cancelledAt",
    "promisedAt",
    "estimatedAt",
    "createdAt",
    "updatedAt",
  ],
  Customer: ["createdAt"],
};

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

function copySelect(db: Database.Database, table: string, expr: Record<string, string>): string {
  const cols = columns(db, table);
  const shifted = new Set(TIME_COLUMNS[table] ?? []);
  const select = cols.map(
    (c) =>
      expr[c] ??
      (shifted.has(c) ? `CASE WHEN "${c}" IS NULL THEN NULL ELSE "${c}" - @shift END` : `"${c}"`),
  );
  return `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) SELECT ${select.join(",")} FROM "${table}"`;
}

/** Applies pending migrations (new indexes, columns) to a bench database file. */
export function migrate(file: string): void {
  const migrated = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });
  if (migrated.status !== 0) throw new Error("prisma migrate deploy failed");
}

function open(file: string): Database.Database {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  return db;
}

const BASE = `WHERE "id" NOT LIKE '%~%'`;

function firstRollupDay(db: Database.Database): string {
  const row = db.prepare(`SELECT MIN("day") AS first FROM "AnalyticsHourly"`).get() as {
    first: string | null;
  };
  return row.first ?? "9999-12-31";
}

/** Copy k of the base block's customers, orders and order items, k × 28 days earlier. */
function copyRaw(db: Database.Database, k: number): void {
  const shift = k * BLOCK_DAYS * DAY_MS;
  const suffix = `'~${k}'`;
  db.prepare(
    copySelect(db, "Customer", { id: `"id" || ${suffix}`, phone: `"phone" || ${suffix}` }) +
      ` ${BASE}`,
  ).run({ shift });
  db.prepare(
    copySelect(db, "Order", {
      id: `"id" || ${suffix}`,
      code: `"code" || ${suffix}`,
      trackingToken: `"trackingToken" || ${suffix}`,
      channelOrderRef: `CASE WHEN "channelOrderRef" IS NULL THEN NULL ELSE "channelOrderRef" || ${suffix} END`,
      customerId: `CASE WHEN "customerId" IS NULL THEN NULL ELSE "customerId" || ${suffix} END`,
    }) + ` ${BASE}`,
  ).run({ shift });
  db.prepare(
    copySelect(db, "OrderItem", { id: `"id" || ${suffix}`, orderId: `"orderId" || ${suffix}` }) +
      ` ${BASE}`,
  ).run();
}

/** Copy k of the base block's rollup rows (whole weeks earlier: weekday and hour are kept). */
function copyRollups(db: Database.Database, k: number, first: string): void {
  const shift = k * BLOCK_DAYS * DAY_MS;
  const days = k * BLOCK_DAYS;
  const suffix = `'~${k}'`;
  const day = (c: string) => `date("${c}", '-${days} days')`;
  db.prepare(
    copySelect(db, "AnalyticsHourly", { hourStart: `"hourStart" - @shift`, day: day("day") }) +
      ` WHERE "day" >= @first`,
  ).run({ shift, first });
  for (const table of ROLLUPS_BY_DAY) {
    db.prepare(copySelect(db, table, { day: day("day") }) + ` WHERE "day" >= @first`).run({
      first,
    });
  }
  db.prepare(
    copySelect(db, "AnalyticsCustomerWeek", {
      customerId: `"customerId" || ${suffix}`,
      week: day("week"),
      firstWeek: day("firstWeek"),
    }) + ` WHERE "customerId" NOT LIKE '%~%'`,
  ).run();
}

const ROLLUPS_BY_DAY = [
  "AnalyticsDaily",
  "AnalyticsDish",
  "AnalyticsCourierDaily",
  "AnalyticsCampaignDaily",
];

/** Creates (migrate + seed + replicate) a SQLite bench database with about `orders` orders. */
export async function buildBenchDatabase(file: string, orders: number, log: (m: string) => void) {
  migrate(file);
  const copies = Math.max(1, Math.ceil(orders / 28_000));
  const base = Math.round(orders / copies);
  const prisma = createPrismaClient(`file:${file}`);
  try {
    log(`seeding a base block of ${base} orders over ${BLOCK_DAYS} days…`);
    await seedDemo(prisma, { orders: base, days: BLOCK_DAYS, databaseUrl: `file:${file}`, log });
    log("building the base block's rollups…");
    await rebuildRollups(prisma, new Date(), log);
  } finally {
    await prisma.$disconnect();
  }
  const db = open(file);
  const first = firstRollupDay(db);
  for (let k = 1; k < copies; k++) {
    db.transaction(() => {
      copyRaw(db, k);
      copyRollups(db, k, first);
    })();
    log(`copy ${k}/${copies - 1} written`);
  }
  db.close();
}

/**
 * Rebuilds the rollups of an existing bench database with the current rollup code (after a
 * rollup or schema change): migrates, recomputes the base block from raw rows, copies it again.
 */
export async function rebuildBenchRollups(file: string, log: (m: string) => void) {
  migrate(file);
  const db = open(file);
  const { copies } = db
    .prepare(
      `SELECT COALESCE(MAX(CAST(substr("id", instr("id", '~') + 1) AS INTEGER)), 0) AS copies
       FROM "Customer" WHERE "id" LIKE '%~%'`,
    )
    .get() as { copies: number };
  const base = db
    .prepare(`SELECT MIN("placedAt") AS lo, MAX("placedAt") AS hi FROM "Order" ${BASE}`)
    .get() as { lo: number; hi: number };
  const tickets = db.prepare(`SELECT MAX("createdAt") AS hi FROM "Ticket"`).get() as {
    hi: number | null;
  };
  for (const table of ["AnalyticsHourly", ...ROLLUPS_BY_DAY, "AnalyticsSupportDaily"]) {
    db.prepare(`DELETE FROM "${table}"`).run();
  }
  db.prepare(`DELETE FROM "AnalyticsCustomerWeek"`).run();
  const prisma = createPrismaClient(`file:${file}`);
  try {
    const last = dayKey(Math.max(base.hi, tickets.hi ?? 0));
    for (let d = dayKey(base.lo); d <= last; d = addDays(d, 1)) await recomputeDay(prisma, d, null);
    const customers = db.prepare(`SELECT "id" FROM "Customer" ${BASE}`).all() as { id: string }[];
    await recomputeCustomers(
      prisma,
      customers.map((c) => c.id),
    );
  } finally {
    await prisma.$disconnect();
  }
  log("base block's rollups rebuilt");
  const first = firstRollupDay(db);
  for (let k = 1; k <= copies; k++) {
    db.transaction(() => copyRollups(db, k, first))();
    if (k % 5 === 0 || k === copies) log(`rollup copy ${k}/${copies}`);
  }
  db.close();
}
