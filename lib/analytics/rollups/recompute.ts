// Recomputes rollup rows exactly from raw rows: a store-day (orders placed and tickets opened
// that day) or a customer (their weekly activity) at a time. Idempotent, so replaying a change
// twice is harmless.
import type { Db } from "@/lib/platform/db-client";
import { customerWeekRows } from "@/lib/analytics/domain/customer-weeks";
import {
  campaignGroupingSets,
  courierGroupingSets,
  dailyGroupingSets,
  dishGroupingSets,
  hourlyGroupingSets,
} from "@/lib/analytics/domain/grouping-sets";
import { orderRollups, supportRollups } from "@/lib/analytics/domain/rollup-rows";
import { recomputeAllStores } from "./all-stores";
import { loadOrderFacts, loadTicketFacts, type StoreSet } from "./load";

const SOLD = { notIn: ["CANCELLED", "REJECTED"] as ("CANCELLED" | "REJECTED")[] };
const CHUNK = 400;

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Replaces every rollup row of one business day for the given stores (null = all). */
export async function recomputeDay(db: Db, day: string, stores: StoreSet): Promise<void> {
  const [orders, tickets] = await Promise.all([
    loadOrderFacts(db, day, stores),
    loadTicketFacts(db, day, stores),
  ]);
  const rows = orderRollups(orders);
  const hourly = hourlyGroupingSets(rows.hourly);
  const daily = dailyGroupingSets(rows.hourly);
  const dishes = dishGroupingSets(rows.dishes);
  const couriers = courierGroupingSets(rows.couriers);
  const campaigns = campaignGroupingSets(rows.campaigns);
  const support = supportRollups(tickets);
  const where = { day, ...(stores ? { storeId: { in: stores } } : {}) };
  await db.$transaction(async (tx) => {
    await tx.analyticsHourly.deleteMany({ where });
    await tx.analyticsDaily.deleteMany({ where });
    await tx.analyticsDish.deleteMany({ where });
    await tx.analyticsCourierDaily.deleteMany({ where });
    await tx.analyticsCampaignDaily.deleteMany({ where });
    await tx.analyticsSupportDaily.deleteMany({ where });
    await insertChunks(hourly, (data) => tx.analyticsHourly.createMany({ data }));
    await insertChunks(daily, (data) => tx.analyticsDaily.createMany({ data }));
    await insertChunks(dishes, (data) => tx.analyticsDish.createMany({ data }));
    await insertChunks(couriers, (data) => tx.analyticsCourierDaily.createMany({ data }));
    await insertChunks(campaigns, (data) => tx.analyticsCampaignDaily.createMany({ data }));
    await insertChunks(support, (data) => tx.analyticsSupportDaily.createMany({ data }));
    await recomputeAllStores(tx, day);
  });
}

/** Replaces the weekly activity rows (per store, zone and channel) of some customers. */
export async function recomputeCustomers(db: Db, customerIds: readonly string[]): Promise<void> {
  for (let i = 0; i < customerIds.length; i += CHUNK) {
    const chunk = customerIds.slice(i, i + CHUNK);
    const orders = await db.order.findMany({
      where: { customerId: { in: chunk }, status: SOLD },
      select: { customerId: true, storeId: true, zoneId: true, channel: true, placedAt: true },
    });
    const rows = customerWeekRows(
      orders.flatMap((o) => (o.customerId === null ? [] : [{ ...o, customerId: o.customerId }])),
    );
    await db.$transaction(async (tx) => {
      await tx.analyticsCustomerWeek.deleteMany({ where: { customerId: { in: chunk } } });
      await insertChunks(rows, (data) => tx.analyticsCustomerWeek.createMany({ data }));
    });
  }
}
