// Every dashboard metric computed straight from raw rows in plain TypeScript: the yardstick for
// rollups-metrics.test.ts. Deliberately written without the rollup code (no domain/rollup-rows,
// calendar or histogram imports): the same definitions, implemented a second time.
import type { Db } from "@/lib/platform/db-client";

const OFFSET_MS = 8 * 3_600_000;
const NOT_SOLD = new Set(["CANCELLED", "REJECTED"]);
/** Lower edges (minutes) of the delivery-time buckets d0..d11. */
export const EDGES = [0, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90];

export const local = (at: Date) => {
  const d = new Date(at.getTime() + OFFSET_MS);
  return { day: d.toISOString().slice(0, 10), hour: d.getUTCHours(), weekday: d.getUTCDay() };
};
export const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
export const monday = (day: string) =>
  plusDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
export const secs = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 1000);
export const bucketOf = (seconds: number) =>
  EDGES.reduce((found, edge, i) => (seconds >= edge * 60 ? i : found), 0);

export type RawScope = {
  from: string;
  to: string;
  storeIds: string[] | null;
  zoneId?: string;
  channel?: string;
};

export async function loadRaw(db: Db) {
  const orders = await db.order.findMany({
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
      tickets: { select: { id: true } },
    },
    orderBy: [{ placedAt: "asc" }, { id: "asc" }],
  });
  const tickets = await db.ticket.findMany({
    where: { mergedIntoId: null },
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
  // A customer's first sold order: earliest placedAt, then smallest id (the order above).
  const firstOf = new Map<string, { id: string; week: string }>();
  for (const o of orders) {
    if (o.customerId === null || NOT_SOLD.has(o.status) || firstOf.has(o.customerId)) continue;
    firstOf.set(o.customerId, { id: o.id, week: monday(local(o.placedAt).day) });
  }
  return {
    orders: orders.map((o) => ({
      ...o,
      sold: !NOT_SOLD.has(o.status),
      local: local(o.placedAt),
      first: o.customerId !== null && firstOf.get(o.customerId)?.id === o.id,
    })),
    tickets,
    firstWeek: (customerId: string) => firstOf.get(customerId)?.week,
  };
}
export type Raw = Awaited<ReturnType<typeof loadRaw>>;
export type RawOrder = Raw["orders"][number];

/** Store, zone and channel filters (no dates). */
export const inDims = (
  o: { storeId: string | null; zoneId: string | null; channel: string },
  s: RawScope,
) =>
  (s.storeIds === null || (o.storeId !== null && s.storeIds.includes(o.storeId))) &&
  (s.zoneId === undefined || o.zoneId === s.zoneId) &&
  (s.channel === undefined || o.channel === s.channel);

export const ordersOf = (raw: Raw, s: RawScope, period = { from: s.from, to: s.to }) =>
  raw.orders.filter((o) => o.local.day >= period.from && o.local.day <= period.to && inDims(o, s));

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function rawOverview(orders: RawOrder[]) {
  const sold = orders.filter((o) => o.sold);
  const gmv = sold.reduce((t, o) => t + o.totalCents + o.discountCents, 0);
  const paid = sold.reduce((t, o) => t + o.totalCents, 0);
  const refund = orders.reduce((t, o) => t + o.refunds.reduce((u, r) => u + r.amountCents, 0), 0);
  const refunded = orders.filter((o) => o.refunds.length > 0).length;
  const newCustomers = sold.filter((o) => o.first).length;
  return {
    orders: orders.length,
    gmvCents: gmv,
    netCents: paid - refund,
    aovCents: ratio(paid, sold.length),
    newCustomers,
    returning: sold.filter((o) => o.customerId !== null).length - newCustomers,
    cancellationRate: ratio(orders.length - sold.length, orders.length),
    refundRate: ratio(refunded, orders.length),
  };
}

export function rawDishes(orders: RawOrder[]) {
  const dishes = new Map<
    string,
    {
      lines: number;
      quantity: number;
      revenueCents: number;
      cancelledQty: number;
      refundedQty: number;
      optionLines: number;
      complaints: number;
      ratingSum: number;
      ratingCount: number;
    }
  >();
  for (const o of orders) {
    for (const line of o.items) {
      const id = line.itemId ?? "";
      const d = dishes.get(id) ?? {
        lines: 0,
        quantity: 0,
        revenueCents: 0,
        cancelledQty: 0,
        refundedQty: 0,
        optionLines: 0,
        complaints: 0,
        ratingSum: 0,
        ratingCount: 0,
      };
      d.lines += 1;
      d.quantity += line.quantity;
      if (o.sold) d.revenueCents += line.lineTotalCents;
      else d.cancelledQty += line.quantity;
      d.refundedQty += line.refundedQty;
      if (line.options !== "[]" && line.options !== "") d.optionLines += 1;
      if (o.tickets.length > 0) d.complaints += 1;
      dishes.set(id, d);
    }
    // A dish's rating counts once per order, however many lines of it the order has.
    for (const r of o.review?.dishes ?? []) {
      const d = dishes.get(r.itemId);
      if (!d || !o.items.some((line) => line.itemId === r.itemId)) continue;
      d.ratingSum += r.rating;
      d.ratingCount += 1;
    }
  }
  return dishes;
}

export function rawDelivery(orders: RawOrder[]) {
  const delivered = orders.flatMap((o) =>
    o.deliveredAt === null
      ? []
      : [{ ...o, seconds: secs(o.placedAt, o.deliveredAt), onTime: o.deliveredAt <= o.promisedAt }],
  );
  const histogram = EDGES.map(() => 0);
  for (const d of delivered)
    histogram[bucketOf(d.seconds)] = (histogram[bucketOf(d.seconds)] ?? 0) + 1;
  const group = <K>(key: (d: (typeof delivered)[number]) => K) => {
    const out = new Map<K, { delivered: number; onTime: number; seconds: number }>();
    for (const d of delivered) {
      const g = out.get(key(d)) ?? { delivered: 0, onTime: 0, seconds: 0 };
      g.delivered += 1;
      g.onTime += d.onTime ? 1 : 0;
      g.seconds += d.seconds;
      out.set(key(d), g);
    }
    return out;
  };
  const prep = new Map<string, { prepared: number; seconds: number }>();
  for (const o of orders) {
    if (o.acceptedAt === null || o.readyAt === null) continue;
    const p = prep.get(o.storeId) ?? { prepared: 0, seconds: 0 };
    p.prepared += 1;
    p.seconds += secs(o.acceptedAt, o.readyAt);
    prep.set(o.storeId, p);
  }
  return {
    histogram,
    delivered: delivered.length,
    onTimeRate: ratio(delivered.filter((d) => d.onTime).length, delivered.length),
    avgMinutes: ratio(delivered.reduce((t, d) => t + d.seconds, 0) / 60, delivered.length),
    zones: group((d) => d.zoneId ?? ""),
    hours: group((d) => d.local.hour),
    couriers: group((d) => d.courierId),
    prep,
  };
}

export function rawSupport(raw: Raw, s: RawScope) {
  const tickets = raw.tickets.filter((t) => {
    const day = local(t.createdAt).day;
    if (day < s.from || day > s.to) return false;
    if (s.storeIds !== null && (t.storeId === null || !s.storeIds.includes(t.storeId)))
      return false;
    if (s.zoneId !== undefined && t.order?.zoneId !== s.zoneId) return false;
    return s.channel === undefined || t.order?.channel === s.channel;
  });
  const responded = tickets.filter((t) => t.firstRespondedAt !== null);
  const resolved = tickets.filter((t) => t.resolvedAt !== null);
  const rated = tickets.filter((t) => t.csatScore !== null);
  const reasons = new Map<string, number>();
  for (const t of tickets) {
    let reason = t.source.toLowerCase();
    try {
      const labels: unknown = JSON.parse(t.labels);
      if (Array.isArray(labels) && typeof labels[0] === "string" && labels[0] !== "")
        reason = labels[0];
    } catch {
      // not JSON: the source
    }
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const days = new Map<string, number>();
  for (const t of tickets)
    days.set(local(t.createdAt).day, (days.get(local(t.createdAt).day) ?? 0) + 1);
  return {
    tickets: tickets.length,
    responded: responded.length,
    resolved: resolved.length,
    responseMinutes: ratio(
      responded.reduce((a, t) => a + secs(t.createdAt, t.firstRespondedAt ?? t.createdAt), 0) / 60,
      responded.length,
    ),
    resolutionHours: ratio(
      resolved.reduce((a, t) => a + secs(t.createdAt, t.resolvedAt ?? t.createdAt), 0) / 3600,
      resolved.length,
    ),
    csat: ratio(
      rated.reduce((a, t) => a + (t.csatScore ?? 0), 0),
      rated.length,
    ),
    reasons,
    days,
  };
}

export function rawCampaigns(orders: RawOrder[]) {
  const campaigns = new Map<
    string,
    {
      redemptions: number;
      discountCents: number;
      storeCostCents: number;
      platformCostCents: number;
      orderGmvCents: number;
    }
  >();
  for (const o of orders) {
    for (const r of o.redemptions) {
      const c = campaigns.get(r.campaignId) ?? {
        redemptions: 0,
        discountCents: 0,
        storeCostCents: 0,
        platformCostCents: 0,
        orderGmvCents: 0,
      };
      c.redemptions += 1;
      c.discountCents += r.discountCents;
      c.storeCostCents += r.storeCostCents;
      c.platformCostCents += r.platformCostCents;
      c.orderGmvCents += o.totalCents;
      campaigns.set(r.campaignId, c);
    }
  }
  const sold = orders.filter((o) => o.sold);
  const withC = sold.filter((o) => o.redemptions.length > 0);
  const withGmv = withC.reduce((t, o) => t + o.totalCents, 0);
  const paid = sold.reduce((t, o) => t + o.totalCents, 0);
  return {
    campaigns,
    withCampaign: ratio(withGmv / 100, withC.length),
    without: ratio((paid - withGmv) / 100, sold.length - withC.length),
  };
}

/** Cohort sizes and retention, per the customers dashboard's definition (sold orders). */
export function rawCohorts(raw: Raw, s: RawScope, weeks = 8) {
  const first = monday(s.from);
  const last = monday(s.to);
  const seen = new Map<string, Set<string>>(); // "firstWeek|week" -> customers
  for (const o of raw.orders) {
    if (!o.sold || o.customerId === null || !inDims(o, s)) continue;
    const fw = raw.firstWeek(o.customerId);
    const week = monday(o.local.day);
    if (fw === undefined || fw < first || fw > last || week < fw) continue;
    const key = `${fw}|${week}`;
    const set = seen.get(key) ?? new Set<string>();
    set.add(o.customerId);
    seen.set(key, set);
  }
  const cohorts: { week: string; size: number; retention: (number | null)[] }[] = [];
  for (let week = first; week <= last; week = plusDays(week, 7)) {
    const size = seen.get(`${week}|${week}`)?.size ?? 0;
    const retention = Array.from({ length: weeks }, (_, i) => {
      const later = plusDays(week, 7 * (i + 1));
      return later > last ? null : ratio(seen.get(`${week}|${later}`)?.size ?? 0, size);
    });
    cohorts.push({ week, size, retention });
  }
  return cohorts;
}
