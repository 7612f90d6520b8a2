import { dayKey, hourStart, localClock } from "./calendar";
import { deliveryBucket } from "./histogram";
import { isSold, ticketReason, type OrderFact, type TicketFact } from "./facts";

const SECOND = 1000;
export const HIST_KEYS = [
  "d0",
  "d1",
  "d2",
  "d3",
  "d4",
  "d5",
  "d6",
  "d7",
  "d8",
  "d9",
  "d10",
  "d11",
] as const;
export type HistKey = (typeof HIST_KEYS)[number];

export type HourlyRow = {
  hourStart: Date;
  day: string;
  weekday: number;
  hour: number;
  storeId: string;
  zoneId: string;
  channel: string;
  orders: number;
  cancelled: number;
  gmvCents: number;
  discountCents: number;
  refundCents: number;
  refundedOrders: number;
  customerOrders: number;
  newCustomerOrders: number;
  campaignOrders: number;
  campaignGmvCents: number;
  delivered: number;
  onTime: number;
  deliverySeconds: number;
  prepared: number;
  prepSeconds: number;
} & Record<HistKey, number>;

export type DishRow = {
  day: string;
  storeId: string;
  zoneId: string;
  channel: string;
  itemId: string;
  lines: number;
  quantity: number;
  revenueCents: number;
  cancelledQty: number;
  refundedQty: number;
  optionLines: number;
  complaints: number;
  ratingSum: number;
  ratingCount: number;
};

export type CourierRow = {
  day: string;
  storeId: string;
  zoneId: string;
  channel: string;
  courierId: string;
  deliveries: number;
  onTime: number;
  deliverySeconds: number;
};

export type CampaignRow = {
  day: string;
  storeId: string;
  zoneId: string;
  channel: string;
  campaignId: string;
  redemptions: number;
  discountCents: number;
  storeCostCents: number;
  platformCostCents: number;
  orderGmvCents: number;
};

export type SupportRow = {
  day: string;
  storeId: string;
  zoneId: string;
  channel: string;
  reason: string;
  tickets: number;
  responded: number;
  responseSeconds: number;
  resolved: number;
  resolutionSeconds: number;
  csatSum: number;
  csatCount: number;
};

function bucket<T>(map: Map<string, T>, key: string, make: () => T): T {
  let row = map.get(key);
  if (row === undefined) {
    row = make();
    map.set(key, row);
  }
  return row;
}

function emptyHourly(o: OrderFact): HourlyRow {
  const hs = hourStart(o.placedAt);
  const { hour, weekday } = localClock(o.placedAt);
  const row = {
    hourStart: hs,
    day: dayKey(o.placedAt),
    weekday,
    hour,
    storeId: o.storeId,
    zoneId: o.zoneId ?? "",
    channel: o.channel,
    orders: 0,
    cancelled: 0,
    gmvCents: 0,
    discountCents: 0,
    refundCents: 0,
    refundedOrders: 0,
    customerOrders: 0,
    newCustomerOrders: 0,
    campaignOrders: 0,
    campaignGmvCents: 0,
    delivered: 0,
    onTime: 0,
    deliverySeconds: 0,
    prepared: 0,
    prepSeconds: 0,
  } as HourlyRow;
  for (const key of HIST_KEYS) row[key] = 0;
  return row;
}

const seconds = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / SECOND);

/** Hourly, dish, courier and campaign rollup rows of a set of orders (one or more store-days). */
export function orderRollups(orders: readonly OrderFact[]) {
  const hourly = new Map<string, HourlyRow>();
  const dishes = new Map<string, DishRow>();
  const couriers = new Map<string, CourierRow>();
  const campaigns = new Map<string, CampaignRow>();
  for (const o of orders) {
    const day = dayKey(o.placedAt);
    const sold = isSold(o.status);
    // Detailed rows carry the order's zone ("" = none) and channel; totals come from grouping sets.
    const dims = { day, storeId: o.storeId, zoneId: o.zoneId ?? "", channel: o.channel };
    const at = `${day}|${o.storeId}|${dims.zoneId}|${o.channel}`;
    const h = bucket(
      hourly,
      `${hourStart(o.placedAt).getTime()}|${o.storeId}|${o.zoneId ?? ""}|${o.channel}`,
      () => emptyHourly(o),
    );
    h.orders += 1;
    const refund = o.refunds.reduce((sum, r) => sum + r.amountCents, 0);
    h.refundCents += refund;
    if (o.refunds.length > 0) h.refundedOrders += 1;
    if (!sold) h.cancelled += 1;
    else {
      h.gmvCents += o.totalCents + o.discountCents;
      h.discountCents += o.discountCents;
      if (o.customerId !== null) h.customerOrders += 1;
      if (o.firstOfCustomer) h.newCustomerOrders += 1;
      if (o.redemptions.length > 0) {
        h.campaignOrders += 1;
        h.campaignGmvCents += o.totalCents;
      }
    }
    const onTime = o.deliveredAt !== null && o.deliveredAt <= o.promisedAt;
    if (o.deliveredAt !== null) {
      const s = seconds(o.placedAt, o.deliveredAt);
      h.delivered += 1;
      h.deliverySeconds += s;
      if (onTime) h.onTime += 1;
      const key = HIST_KEYS[deliveryBucket(s)];
      if (key !== undefined) h[key] += 1;
      if (o.courierId !== null) {
        const c = bucket(couriers, `${at}|${o.courierId}`, () => ({
          ...dims,
          courierId: o.courierId ?? "",
          deliveries: 0,
          onTime: 0,
          deliverySeconds: 0,
        }));
        c.deliveries += 1;
        c.deliverySeconds += s;
        if (onTime) c.onTime += 1;
      }
    }
    if (o.acceptedAt !== null && o.readyAt !== null) {
      h.prepared += 1;
      h.prepSeconds += seconds(o.acceptedAt, o.readyAt);
    }
    const rated = new Set<string>();
    for (const item of o.items) {
      const itemId = item.itemId ?? "";
      const d = bucket(dishes, `${at}|${itemId}`, () => ({
        ...dims,
        itemId,
        lines: 0,
        quantity: 0,
        revenueCents: 0,
        cancelledQty: 0,
        refundedQty: 0,
        optionLines: 0,
        complaints: 0,
        ratingSum: 0,
        ratingCount: 0,
      }));
      d.lines += 1;
      d.quantity += item.quantity;
      if (sold) d.revenueCents += item.lineTotalCents;
      else d.cancelledQty += item.quantity;
      d.refundedQty += item.refundedQty;
      if (item.options !== "[]" && item.options !== "") d.optionLines += 1;
      if (o.ticketCount > 0) d.complaints += 1;
      // A dish's rating counts once per order (on its first line), however many lines it has.
      if (item.itemId !== null && !rated.has(item.itemId)) {
        rated.add(item.itemId);
        for (const r of o.dishRatings) {
          if (r.itemId === item.itemId) {
            d.ratingSum += r.rating;
            d.ratingCount += 1;
          }
        }
      }
    }
    for (const r of o.redemptions) {
      const c = bucket(campaigns, `${at}|${r.campaignId}`, () => ({
        ...dims,
        campaignId: r.campaignId,
        redemptions: 0,
        discountCents: 0,
        storeCostCents: 0,
        platformCostCents: 0,
        orderGmvCents: 0,
      }));
      c.redemptions += 1;
      c.discountCents += r.discountCents;
      c.storeCostCents += r.storeCostCents;
      c.platformCostCents += r.platformCostCents;
      c.orderGmvCents += o.totalCents;
    }
  }
  return {
    hourly: [...hourly.values()],
    dishes: [...dishes.values()],
    couriers: [...couriers.values()],
    campaigns: [...campaigns.values()],
  };
}

/** Support rollup rows of a set of tickets, bucketed by the day they were opened. */
export function supportRollups(tickets: readonly TicketFact[]): SupportRow[] {
  const rows = new Map<string, SupportRow>();
  for (const t of tickets) {
    const day = dayKey(t.createdAt);
    const reason = ticketReason(t);
    const zoneId = t.order?.zoneId ?? "";
    const channel = t.order?.channel ?? "";
    const storeId = t.storeId ?? "";
    const r = bucket(rows, `${day}|${storeId}|${zoneId}|${channel}|${reason}`, () => ({
      day,
      storeId,
      zoneId,
      channel,
      reason,
      tickets: 0,
      responded: 0,
      responseSeconds: 0,
      resolved: 0,
      resolutionSeconds: 0,
      csatSum: 0,
      csatCount: 0,
    }));
    r.tickets += 1;
    if (t.firstRespondedAt !== null) {
      r.responded += 1;
      r.responseSeconds += seconds(t.createdAt, t.firstRespondedAt);
    }
    if (t.resolvedAt !== null) {
      r.resolved += 1;
      r.resolutionSeconds += seconds(t.createdAt, t.resolvedAt);
    }
    if (t.csatScore !== null) {
      r.csatSum += t.csatScore;
      r.csatCount += 1;
    }
  }
  return [...rows.values()];
}
