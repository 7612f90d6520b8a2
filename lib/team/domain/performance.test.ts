import { describe, expect, it } from "vitest";
import { haversineKm, incentivePoints, mean } from "./performance";

describe("performance figures", () => {
  it("pays points per unit plus a bonus once the target is met", () => {
    const rules = [
      { metric: "ordersHandled" as const, target: 50, pointsPerUnit: 2, bonusPoints: 100 },
      { metric: "csat" as const, target: 4.5, pointsPerUnit: 99, bonusPoints: 30 },
    ];
    expect(incentivePoints(rules, { ordersHandled: 49, csat: 4.4 })).toBe(98);
    expect(incentivePoints(rules, { ordersHandled: 50, csat: 4.5 })).toBe(100 + 100 + 30);
    expect(incentivePoints(rules, { deliveries: 10 })).toBe(0);
  });

  it("averages and measures distance", () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
    // People's Square to the Bund, about 1.9 km apart in Shanghai
    expect(
      haversineKm({ lat: 31.2304, lng: 121.4737 }, { lat: 31.24, lng: 121.49 }),
    ).toBeGreaterThan(1.5);
    expect(haversineKm({ lat: 31.2304, lng: 121.4737 }, { lat: 31.24, lng: 121.49 })).toBeLessThan(
      2.2,
    );
  });
});
