import type { Db } from "@/lib/platform/db-client";
import { databaseKind, sqliteFilePath } from "@/lib/platform/database-url";
import { CampaignBook } from "./campaigns";
import { seedContent } from "./content";
import { finalizeCouriers, seedCouriers } from "./couriers";
import { seedCustomers } from "./customers";
import { generateHistory } from "./history";
import { PhoneBook } from "./names";
import type { Env } from "./env";
import { Rng } from "./prng";
import { seedStores } from "./stores";
import { newSupportState } from "./support";
import { seedSupply } from "./supply";
import { localMidnight, seedNow } from "./time";
import { seedUsers } from "./users";
import { seedTraining } from "@/lib/team/seed";
import { Writer, type SeedCounts } from "./writer";

export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from "./demo-logins";
export { isDatabaseEmpty, resetDatabase } from "./reset";
export { demoApiKey } from "./stores";
export { demoCourierToken } from "./couriers";
export type { SeedCounts, TableName } from "./writer";

export type SeedOptions = {
  /** Total historical orders (default 36,000). */
  orders?: number;
  /** Days of history ending today (default 60). */
  days?: number;
  /** PRNG seed (default 42). */
  seed?: number;
  /** Reference time; rounded down to the hour (default: now). */
  now?: Date;
  /**
   * Use `now` as is instead of the start of its hour: in-flight orders are then fresh at the
   * moment of seeding (handy for live demos) at the cost of run-to-run reproducibility.
   */
  exactNow?: boolean;
  /** Customers (default: 3,200 or one per 11 orders, whichever is more). */
  customers?: number;
  /**
   * URL of the database `db` points at. When it names a SQLite file, rows are written through a
   * direct connection (about 20x faster than createMany); otherwise Prisma's createMany is used.
   */
  databaseUrl?: string;
  /** Progress messages. */
  log?: (message: string) => void;
};

export const DEFAULT_SEED_OPTIONS = { orders: 36_000, days: 60, seed: 42 } as const;

/** Fills an empty, migrated database with the Xuhui demo business; returns rows written per table. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedCounts> {
  const orders = options.orders ?? DEFAULT_SEED_OPTIONS.orders;
  const days = Math.max(1, options.days ?? DEFAULT_SEED_OPTIONS.days);
  const seed = options.seed ?? DEFAULT_SEED_OPTIONS.seed;
  const now = options.exactNow === true ? (options.now ?? new Date()) : seedNow(options.now);
  const log = options.log ?? ((): void => undefined);
  const url = options.databaseUrl;
  const sqliteFile =
    url !== undefined && databaseKind(url) === "sqlite" ? sqliteFilePath(url) : undefined;
  const w = new Writer(db, now, sqliteFile);
  const rng = (label: string): Rng => Rng.stream(seed, label);
  try {
    const geo = seedStores(w, rng("stores"), now, seed);
    const storeIds = new Map(geo.stores.map((s) => [s.def.code, s.id]));
    const staff = await seedUsers(w, rng("users"), now, storeIds);
    const phones = new PhoneBook(rng("phones"));
    const customerCount = options.customers ?? Math.max(3_200, Math.round(orders / 11));
    const customers = seedCustomers(w, rng("customers"), now, customerCount, phones);
    const couriers = seedCouriers(w, rng("couriers"), now, geo.gridZoneIds, phones, days, seed);
    const campaigns = new CampaignBook(
      w,
      rng("campaigns"),
      now,
      storeIds,
      customers.list.map((c) => c.id),
      staff.marketerId,
    );
    seedSupply(w, rng("supply"), now, geo.stores, staff);
    seedContent(w, rng("content"), now, staff, storeIds);
    await w.flush();
    await seedTraining(db);
    log(`reference data written; generating ${orders} orders over ${days} days`);

    const env: Env = {
      w,
      rng: rng("orders"),
      now: now.getTime(),
      staff,
      couriers,
      campaigns,
      customers,
      geo,
      phones,
      support: newSupportState(),
    };
    await generateHistory(env, days, orders, localMidnight(now.getTime()), log);
    log("orders written; finishing campaigns, couriers and ratings");

    await campaigns.finalize(db);
    await finalizeCouriers(db, w, rng("courier-live"), now, couriers);
    for (const [storeId, r] of env.support.storeRatings) {
      await db.store.update({
        where: { id: storeId },
        data: { rating: Math.round((r.sum / r.n) * 10) / 10 },
      });
    }
    return { ...w.counts };
  } finally {
    w.close();
  }
}
