import { describe, expect, it } from "vitest";
import { metresBetween, ride } from "./ride";

describe("ride", () => {
  const a = { lat: 31.2, lng: 121.44 };
  const b = { lat: 31.209, lng: 121.44 };
  it("moves towards the target at the given speed", () => {
    expect(metresBetween(a, b)).toBeCloseTo(1002, -1);
    const r = ride(a, b, 18, 10_000);
    expect(r.arrived).toBe(false);
    expect(r.fixes).toHaveLength(3);
    expect(metresBetween(a, r.fixes[2] ?? a)).toBeCloseTo(50, 0);
  });
  it("stops at the target and says it arrived", () => {
    const r = ride(a, b, 18, 600_000);
    expect(r.arrived).toBe(true);
    expect(r.fixes[2]).toEqual(b);
  });
});
