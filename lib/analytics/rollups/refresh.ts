// Keeps the rollups current: reads what changed since the watermark (order updates and events,
// refunds, reviews, redemptions, tickets) and recomputes exactly the store-days and customers
// those changes touch. With no watermark yet, rebuilds everything.
import type { Db } from "@/lib/platform/db-client";
import { addDays, dayKey } from "@/lib/analytics/domain/calendar";
import { earliestSoldOrders } from "./load";
import { recomputeCustomers, recomputeDay } from "./recompute";

export const WATERMARK = "rollups";
// Rows committed slightly after their timestamp (a slow transaction) are still seen next time.
const OVERLAP_MS = 60_000;

type OrderKey = {
  id: string;
  status: string;
  storeId: string;
  placedAt: Date;
  customerId: string | null;
};
const ORDER_KEY = {
  id: true,
  status: true,
  storeId: true,
  placedAt: true,
  customerId: true,
} as const;
const UNSOLD = new Set(["CANCELLED", "REJECTED"]);

export type RefreshResult = { rebuilt: boolean; storeDays: number; customers: number };

class Touched {
  readonly days = new Map<string, Set<string>>();
  /** The changed orders of each customer. */
  readonly customers = new Map<string, OrderKey[]>();
  storeDay(storeId: string, at: Date): void {
    const day = dayKey(at);
    const set = this.days.get(day) ?? new Set<string>();
    set.add(storeId);
    this.days.set(day, set);
  }
  order(o: OrderKey | null): void {
    if (o === null) return;
    this.storeDay(o.storeId, o.placedAt);
    if (o.customerId !== null) {
      const list = this.customers.get(o.customerId) ?? [];
      list.push(o);
      this.customers.set(o.customerId, list);
    }
  }
}

/** Deletes every rollup row and recomputes them all from raw rows; sets the watermark. */
export async function rebuildRollups(
  db: Db,
  now = new Date(),
  log: (m: string) => void = () => undefined,
): Promise<void> {
  await Promise.all([
    db.analyticsHourly.deleteMany(),
    db.analyticsDaily.deleteMany(),
    db.analyticsDish.deleteMany(),
    db.analyticsCourierDaily.deleteMany(),
    db.analyticsCampaignDaily.deleteMany(),
    db.analyticsSupportDaily.deleteMany(),
    db.analyticsCustomerWeek.deleteMany(),
  ]);
  // findFirst rather than aggregate: _min/_max of a DateTime stored as epoch-ms comes back raw.
  const ends = await Promise.all([
    db.order.findFirst({ orderBy: { placedAt: "asc" }, select: { placedAt: true } }),
    db.order.findFirst({ orderBy: { placedAt: "desc" }, select: { placedAt: true } }),
    db.ticket.findFirst({ orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    db.ticket.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  const times = ends.flatMap((row) =>
    row === null ? [] : ["placedAt" in row ? row.placedAt.getTime() : row.createdAt.getTime()],
  );
  if (times.length > 0) {
    const first = dayKey(Math.min(...times));
    const last = dayKey(Math.max(...times));
    let n = 0;
    for (let day = first; day <= last; day = addDays(day, 1)) {
      await recomputeDay(db, day, null);
      if (++n % 30 === 0) log(`rollups: ${n} days`);
    }
  }
  const customers = await db.customer.findMany({ select: { id: true } });
  await recomputeCustomers(
    db,
    customers.map((c) => c.id),
  );
  await setWatermark(db, now);
}

async function setWatermark(db: Db, value: Date): Promise<void> {
  await db.analyticsWatermark.upsert({
    where: { name: WATERMARK },
    create: { name: WATERMARK, value },
    update: { value },
  });
}

/** Applies the changes since the watermark; the first call on a database rebuilds. */
export async function refreshRollups(db: Db, now = new Date()): Promise<RefreshResult> {
  const mark = await db.analyticsWatermark.findUnique({ where: { name: WATERMARK } });
  if (mark === null) {
    await rebuildRollups(db, now);
    return { rebuilt: true, storeDays: 0, customers: 0 };
  }
  const since = { gte: new Date(mark.value.getTime() - OVERLAP_MS) };
  const order = { select: ORDER_KEY };
  const [orders, events, refunds, reviews, redemptions, tickets] = await Promise.all([
    db.order.findMany({ where: { updatedAt: since }, select: ORDER_KEY }),
    db.orderEvent.findMany({ where: { createdAt: since }, select: { order } }),
    db.refund.findMany({ where: { createdAt: since }, select: { order } }),
    db.review.findMany({ where: { createdAt: since }, select: { order } }),
    db.redemption.findMany({ where: { createdAt: since }, select: { order } }),
    db.ticket.findMany({
      where: { updatedAt: since },
      select: { storeId: true, createdAt: true, order },
    }),
  ]);
  const touched = new Touched();
  for (const o of orders) touched.order(o);
  for (const row of [...events, ...refunds, ...reviews, ...redemptions]) touched.order(row.order);
  for (const t of tickets) {
    touched.storeDay(t.storeId ?? "", t.createdAt);
    touched.order(t.order);
  }
  // A customer's first sold order may have moved: when a changed order was unsold (it may have
  // been the first) or is the first now. The days of the old and the new first then change their
  // new-customer counts; both are among the two earliest sold orders now, or a changed order.
  const customers = [...touched.customers.keys()];
  const earliest = await earliestSoldOrders(db, customers, 2);
  for (const [customerId, changed] of touched.customers) {
    const [first, second] = earliest.get(customerId) ?? [];
    if (first === undefined) continue;
    if (!changed.some((o) => UNSOLD.has(o.status) || o.id === first.id)) continue;
    touched.storeDay(first.storeId, first.placedAt);
    if (second !== undefined) touched.storeDay(second.storeId, second.placedAt);
  }

  let storeDays = 0;
  for (const [day, stores] of touched.days) {
    await recomputeDay(db, day, [...stores]);
    storeDays += stores.size;
  }
  await recomputeCustomers(db, customers);
  await setWatermark(db, now);
  return { rebuilt: false, storeDays, customers: customers.length };
}
