// Fast bulk generator for the million-order database: seeds one block of history with the
// normal seed (and builds its rollups the normal way), then copies that block further and
// further into the past with plain SQL. Each copy gets its own customers, so every copy's
// rollups are the base rollups shifted by a whole number of weeks (weekday and hour kept),
// and are copied the same way. Tickets, reviews and redemptions stay in the base block.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { createPrismaClient } from "../../lib/platform/db-client";
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

/** Creates (migrate + seed + replicate) a SQLite bench database with about `orders` orders. */
export async function buildBenchDatabase(file: string, orders: number, log: (m: string) => void) {
  const migrated = spawnSync(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "ignore",
  });
  if (migrated.status !== 0) throw new Error("prisma migrate deploy failed");
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
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const baseWhere = `WHERE "id" NOT LIKE '%~%'`;
  const { first } = db.prepare(`SELECT MIN("day") AS first FROM "AnalyticsHourly"`).get() as {
    first: string;
  };
  for (let k = 1; k < copies; k++) {
    const shift = k * BLOCK_DAYS * DAY_MS;
    const days = k * BLOCK_DAYS;
    const suffix = `'~${k}'`;
    const params = { shift, first };
    db.transaction(() => {
      db.prepare(
        copySelect(db, "Customer", { id: `"id" || ${suffix}`, phone: `"phone" || ${suffix}` }) +
          ` ${baseWhere}`,
      ).run({ shift });
      db.prepare(
        copySelect(db, "Order", {
          id: `"id" || ${suffix}`,
          code: `"code" || ${suffix}`,
          trackingToken: `"trackingToken" || ${suffix}`,
          channelOrderRef: `CASE WHEN "channelOrderRef" IS NULL THEN NULL ELSE "channelOrderRef" || ${suffix} END`,
          customerId: `CASE WHEN "customerId" IS NULL THEN NULL ELSE "customerId" || ${suffix} END`,
        }) + ` ${baseWhere}`,
      ).run({ shift });
      db.prepare(
        copySelect(db, "OrderItem", {
          id: `"id" || ${suffix}`,
          orderId: `"orderId" || ${suffix}`,
        }) + ` ${baseWhere}`,
      ).run();
      const day = (c: string) => `date("${c}", '-${days} days')`;
      const noTilde = (c: string) => `WHERE "${c}" NOT LIKE '%~%'`;
      db.prepare(
        copySelect(db, "AnalyticsHourly", { hourStart: `"hourStart" - @shift`, day: day("day") }) +
          ` WHERE "day" >= @first`,
      ).run(params);
      for (const table of ["AnalyticsDish", "AnalyticsCourierDaily", "AnalyticsCampaignDaily"]) {
        db.prepare(copySelect(db, table, { day: day("day") }) + ` WHERE "day" >= @first`).run({
          first,
        });
      }
      db.prepare(
        copySelect(db, "AnalyticsCustomerWeek", {
          customerId: `"customerId" || ${suffix}`,
          week: day("week"),
          firstWeek: day("firstWeek"),
        }) + ` ${noTilde("customerId")}`,
      ).run();
    })();
    log(`copy ${k}/${copies - 1} written`);
  }
  db.close();
}
