// Loads the raw rows behind one business day's rollups. No "server-only" here: the seed
// script and the benchmark run this module outside Next.
import type { Db } from "@/lib/platform/db-client";
import { DAY_MS, dayStart } from "@/lib/analytics/domain/calendar";
import type { OrderFact, TicketFact } from "@/lib/analytics/domain/facts";

const SOLD = { notIn: ["CANCELLED", "REJECTED"] as ("CANCELLED" | "REJECTED")[] };

/** Store filter: null means every store; "" stands for tickets without a store. */
export type StoreSet = string[] | null;

function dayWindow(day: string) {
  const start = dayStart(day);
  return { gte: start, lt: new Date(start.getTime() + DAY_MS) };
}

/** The orders placed on a business day (optionally only some stores), with what rollups need. */
export async function loadOrderFacts(db: Db, day: string, stores: StoreSet): Promise<OrderFact[]> {
  const orders = await db.order.findMany({
    where: { placedAt: dayWindow(day), ...(stores ? { storeId: { in: stores } } : {}) },
    select: {
      id: true,
      storeId: true,
      zoneId: true,
      channel: true,
      status: true,
      customerId: true,
      courierId: true,
      placedAt: true,
      acceptedAt: true,
      readyAt: true,
      deliveredAt: true,
      promisedAt: true,
      totalCents: true,
      discountCents: true,
      items: {
        select: {
          itemId: true,
          quantity: true,
          lineTotalCents: true,
          refundedQty: true,
          options: true,
        },
      },
      refunds: { select: { amountCents: true } },
      redemptions: {
        select: {
          campaignId: true,
          discountCents: true,
          storeCostCents: true,
          platformCostCents: true,
        },
      },
      review: { select: { dishes: { select: { itemId: true, rating: true } } } },
      _count: { select: { tickets: true } },
    },
  });
  const customerIds = [
    ...new Set(orders.flatMap((o) => (o.customerId === null ? [] : [o.customerId]))),
  ];
  const firsts = await firstSoldOrders(db, customerIds);
  return orders.map(({ review, _count, ...o }) => ({
    ...o,
    firstOfCustomer: o.customerId !== null && firsts.get(o.customerId) === o.id,
    ticketCount: _count.tickets,
    dishRatings: review?.dishes ?? [],
  }));
}

/** Each customer's first sold order (earliest placedAt, then smallest id). */
export async function firstSoldOrders(
  db: Db,
  customerIds: readonly string[],
): Promise<Map<string, string>> {
  const firsts = new Map<string, { id: string; at: number }>();
  for (let i = 0; i < customerIds.length; i += 500) {
    const chunk = customerIds.slice(i, i + 500);
    // Not groupBy/_min: a DateTime stored as epoch-ms comes back from _min unparsed.
    const rows = await db.order.findMany({
      where: { customerId: { in: chunk }, status: SOLD },
      select: { id: true, customerId: true, placedAt: true },
    });
    for (const r of rows) {
      if (r.customerId === null) continue;
      const seen = firsts.get(r.customerId);
      const at = r.placedAt.getTime();
      if (!seen || at < seen.at || (at === seen.at && r.id < seen.id)) {
        firsts.set(r.customerId, { id: r.id, at });
      }
    }
  }
  return new Map([...firsts].map(([c, v]) => [c, v.id]));
}

export type SoldOrderKey = { id: string; storeId: string; placedAt: Date; customerId: string };

/** Each customer's `n` earliest sold orders (by placedAt, then id), earliest first. */
export async function earliestSoldOrders(
  db: Db,
  customerIds: readonly string[],
  n: number,
): Promise<Map<string, SoldOrderKey[]>> {
  const byCustomer = new Map<string, SoldOrderKey[]>();
  for (let i = 0; i < customerIds.length; i += 500) {
    const rows = await db.order.findMany({
      where: { customerId: { in: customerIds.slice(i, i + 500) }, status: SOLD },
      select: { id: true, customerId: true, storeId: true, placedAt: true },
    });
    for (const r of rows) {
      if (r.customerId === null) continue;
      const list = byCustomer.get(r.customerId) ?? [];
      list.push({ ...r, customerId: r.customerId });
      byCustomer.set(r.customerId, list);
    }
  }
  for (const [customerId, list] of byCustomer) {
    list.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime() || (a.id < b.id ? -1 : 1));
    byCustomer.set(customerId, list.slice(0, n));
  }
  return byCustomer;
}

/** Tickets opened on a business day (optionally only some stores; "" = no store). */
export async function loadTicketFacts(
  db: Db,
  day: string,
  stores: StoreSet,
): Promise<TicketFact[]> {
  const storeWhere =
    stores === null
      ? {}
      : {
          OR: [
            { storeId: { in: stores.filter((s) => s !== "") } },
            ...(stores.includes("") ? [{ storeId: null }] : []),
          ],
        };
  return db.ticket.findMany({
    where: { createdAt: dayWindow(day), mergedIntoId: null, ...storeWhere },
    select: {
      storeId: true,
      createdAt: true,
      labels: true,
      source: true,
      firstRespondedAt: true,
      resolvedAt: true,
      csatScore: true,
      order: { select: { zoneId: true, channel: true } },
    },
  });
}
