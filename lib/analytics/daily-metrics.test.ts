import { describe, expect, it } from "vitest";
import { aggregateOrders, businessDayKeys, periodStart, type OrderFact } from "./daily-metrics";

// 2026-11-25 10:00 in Shanghai is 02:00 UTC.
const NOW = new Date("2026-11-25T02:00:00Z");

function order(placedAt: string, extra: Partial<OrderFact> = {}): OrderFact {
  const placed = new Date(placedAt);
  return {
    status: "DELIVERED",
    totalCents: 3000,
    placedAt: placed,
    promisedAt: new Date(placed.getTime() + 40 * 60_000),
    deliveredAt: new Date(placed.getTime() + 30 * 60_000),
    ...extra,
  };
}

describe("daily metrics", () => {
  it("covers 14 Shanghai business days ending today", () => {
    const start = periodStart(NOW, 14);
    expect(start.toISOString()).toBe("2026-11-11T16:00:00.000Z");
    const keys = businessDayKeys(start, 14);
    expect(keys).toHaveLength(14);
    expect(keys[0]).toBe("2026-11-12");
    expect(keys[13]).toBe("2026-11-25");
  });

  it("puts an order placed after local midnight on the next day", () => {
    const keys = businessDayKeys(periodStart(NOW, 2), 2);
    const { days } = aggregateOrders([order("2026-11-24T16:30:00Z")], keys);
    expect(days.map((d) => d.orders)).toEqual([0, 1]);
  });

  it("leaves cancelled and rejected orders out of GMV but counts them as orders", () => {
    const keys = businessDayKeys(periodStart(NOW, 1), 1);
    const { totals } = aggregateOrders(
      [
        order("2026-11-25T01:00:00Z"),
        order("2026-11-25T01:10:00Z", { status: "CANCELLED", deliveredAt: null }),
        order("2026-11-25T01:20:00Z", { status: "REJECTED", deliveredAt: null }),
      ],
      keys,
    );
    expect(totals.orders).toBe(3);
    expect(totals.gmvCents).toBe(3000);
  });

  it("rates on-time deliveries against delivered orders only", () => {
    const keys = businessDayKeys(periodStart(NOW, 1), 1);
    const late = order("2026-11-25T00:00:00Z");
    late.deliveredAt = new Date(late.promisedAt.getTime() + 60_000);
    const open = order("2026-11-25T01:50:00Z", { status: "PREPARING", deliveredAt: null });
    const { totals } = aggregateOrders([order("2026-11-25T01:00:00Z"), late, open], keys);
    expect(totals.delivered).toBe(2);
    expect(totals.onTimeRate).toBe(0.5);
  });

  it("has no rate, rather than NaN, for a period without deliveries", () => {
    const { days, totals } = aggregateOrders([], businessDayKeys(periodStart(NOW, 14), 14));
    expect(totals.onTimeRate).toBeNull();
    expect(days.every((d) => d.orders === 0 && d.gmvYuan === 0)).toBe(true);
  });
});
