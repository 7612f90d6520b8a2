import { businessDayKey, startOfBusinessDay } from "@/lib/platform/time";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

const DAY_MS = 86_400_000;

/** The few order fields the period metrics need. */
export type OrderFact = {
  status: OrderStatus;
  totalCents: number;
  placedAt: Date;
  promisedAt: Date;
  deliveredAt: Date | null;
};

/** One business day of the charts; `label` is MM-DD for the axis. */
export type DailyPoint = {
  day: string;
  label: string;
  orders: number;
  gmvCents: number;
  gmvYuan: number;
};

export type PeriodTotals = {
  orders: number;
  gmvCents: number;
  delivered: number;
  deliveredOnTime: number;
  /** null when nothing was delivered: there is no rate to show. */
  onTimeRate: number | null;
};

const NOT_SOLD: ReadonlySet<OrderStatus> = new Set(["CANCELLED", "REJECTED"]);

/** UTC start of the first of the last `days` business days ending with the one holding `now`. */
export function periodStart(now: Date, days: number): Date {
  return new Date(startOfBusinessDay(now).getTime() - (days - 1) * DAY_MS);
}

/** Business-day keys (YYYY-MM-DD, Asia/Shanghai) from `start`, one per day. */
export function businessDayKeys(start: Date, days: number): string[] {
  return Array.from({ length: days }, (_, i) =>
    businessDayKey(new Date(start.getTime() + i * DAY_MS)),
  );
}

/** Orders and GMV per business day (zero-filled) and the period's totals. */
export function aggregateOrders(
  orders: readonly OrderFact[],
  dayKeys: readonly string[],
): { days: DailyPoint[]; totals: PeriodTotals } {
  const byDay = new Map(dayKeys.map((day) => [day, { orders: 0, gmvCents: 0 }]));
  let delivered = 0;
  let deliveredOnTime = 0;
  for (const order of orders) {
    const bucket = byDay.get(businessDayKey(order.placedAt));
    if (!bucket) continue;
    bucket.orders += 1;
    if (!NOT_SOLD.has(order.status)) bucket.gmvCents += order.totalCents;
    if (order.deliveredAt) {
      delivered += 1;
      if (order.deliveredAt <= order.promisedAt) deliveredOnTime += 1;
    }
  }
  const days = dayKeys.map((day) => {
    const bucket = byDay.get(day) ?? { orders: 0, gmvCents: 0 };
    return { day, label: day.slice(5), ...bucket, gmvYuan: bucket.gmvCents / 100 };
  });
  return {
    days,
    totals: {
      orders: days.reduce((sum, d) => sum + d.orders, 0),
      gmvCents: days.reduce((sum, d) => sum + d.gmvCents, 0),
      delivered,
      deliveredOnTime,
      onTimeRate: delivered > 0 ? deliveredOnTime / delivered : null,
    },
  };
}
