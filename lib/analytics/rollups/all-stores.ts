// The all-store grouping set ("*" store): per day, the sum of every store's rows, so a query
// over every store reads one row per day (or hour) instead of one per store. Derived in SQL
// from the store rows inside the store-day's recompute transaction, so it never drifts.
import { Prisma } from "@/lib/generated/prisma/client";
import { ALL, HOURLY_MEASURES } from "@/lib/analytics/domain/grouping-sets";

const TABLES = [
  {
    table: "AnalyticsHourly",
    keys: ["hourStart", "day", "weekday", "hour", "zoneId", "channel"],
    measures: HOURLY_MEASURES,
  },
  {
    table: "AnalyticsDaily",
    keys: ["day", "weekday", "zoneId", "channel"],
    measures: HOURLY_MEASURES,
  },
  {
    table: "AnalyticsCourierDaily",
    keys: ["day", "zoneId", "channel", "courierId"],
    measures: ["deliveries", "onTime", "deliverySeconds"],
  },
] as const;

const list = (cols: readonly string[], wrap = (c: string) => c) =>
  Prisma.raw(cols.map((c) => wrap(`"${c}"`)).join(", "));

/** Replaces one day's all-store rows with the sums of its store rows. */
export async function recomputeAllStores(tx: Prisma.TransactionClient, day: string) {
  for (const { table, keys, measures } of TABLES) {
    const name = Prisma.raw(`"${table}"`);
    await tx.$executeRaw`DELETE FROM ${name} WHERE "day" = ${day} AND "storeId" = ${ALL}`;
    await tx.$executeRaw`
      INSERT INTO ${name} (${list(keys)}, "storeId", ${list(measures)})
      SELECT ${list(keys)}, ${ALL}, ${list(measures, (c) => `SUM(${c})`)}
      FROM ${name} WHERE "day" = ${day} AND "storeId" <> ${ALL}
      GROUP BY ${list(keys)}`;
  }
}
