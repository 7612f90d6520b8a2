import { describe, expect, it } from "vitest";
import { dailySeries, shanghaiDay } from "./daily";
import { campaignAnalyticsLinks } from "./links";

const fact = (orderId: string, iso: string, store: number, platform: number, total: number) => ({
  orderId,
  createdAt: new Date(iso),
  discountCents: store + platform,
  storeCostCents: store,
  platformCostCents: platform,
  orderTotalCents: total,
});

describe("campaign results per day", () => {
  it("groups by the Shanghai date, fills empty days and counts an order's revenue once", () => {
    const days = dailySeries([
      fact("o1", "2026-11-20T15:59:00Z", 100, 100, 3000), // 23:59 on the 20th
      fact("o2", "2026-11-20T16:01:00Z", 300, 200, 4000), // 00:01 on the 21st
      fact("o2", "2026-11-20T16:01:00Z", 50, 50, 4000), // same order, second line
      fact("o3", "2026-11-22T16:30:00Z", 60, 40, 2500), // the 23rd
    ]);
    expect(days).toEqual([
      {
        day: "2026-11-20",
        redemptions: 1,
        storeCostCents: 100,
        platformCostCents: 100,
        revenueCents: 3000,
      },
      {
        day: "2026-11-21",
        redemptions: 2,
        storeCostCents: 350,
        platformCostCents: 250,
        revenueCents: 4000,
      },
      {
        day: "2026-11-22",
        redemptions: 0,
        storeCostCents: 0,
        platformCostCents: 0,
        revenueCents: 0,
      },
      {
        day: "2026-11-23",
        redemptions: 1,
        storeCostCents: 60,
        platformCostCents: 40,
        revenueCents: 2500,
      },
    ]);
    expect(dailySeries([])).toEqual([]);
    expect(shanghaiDay(new Date("2026-11-24T16:00:00Z"))).toBe("2026-11-25");
  });

  it("links into analytics for the part of the campaign already run, at most a year", () => {
    const now = new Date("2026-11-25T04:00:00Z");
    const c = {
      id: "c1",
      startsAt: new Date("2026-11-01T00:00:00Z"),
      endsAt: new Date("2026-12-31T00:00:00Z"),
      storeIds: ["S1"],
    };
    expect(campaignAnalyticsLinks(c, now)).toEqual({
      dashboard: "/analytics/campaigns?from=2026-11-01&to=2026-11-25&store=S1",
      orders: "/analytics/orders?from=2026-11-01&to=2026-11-25&store=S1&campaign=c1",
    });
    const old = { ...c, startsAt: new Date("2024-01-01T00:00:00Z"), storeIds: [] };
    expect(campaignAnalyticsLinks(old, now).dashboard).toBe(
      "/analytics/campaigns?from=2025-11-25&to=2026-11-25",
    );
  });
});
