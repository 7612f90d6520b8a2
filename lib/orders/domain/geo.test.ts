import { describe, expect, it } from "vitest";
import { findZone, parsePolygon, pointInPolygon, type LngLat } from "./geo";

const square: LngLat[] = [
  [121.4, 31.1],
  [121.5, 31.1],
  [121.5, 31.2],
  [121.4, 31.2],
];
// An L shape: the notch at the top right is outside.
const ell: LngLat[] = [
  [0, 0],
  [2, 0],
  [2, 1],
  [1, 1],
  [1, 2],
  [0, 2],
];

describe("pointInPolygon", () => {
  it("finds points inside and outside a square", () => {
    expect(pointInPolygon([121.45, 31.15], square)).toBe(true);
    expect(pointInPolygon([121.55, 31.15], square)).toBe(false);
    expect(pointInPolygon([121.45, 31.25], square)).toBe(false);
  });
  it("handles a concave polygon", () => {
    expect(pointInPolygon([0.5, 1.5], ell)).toBe(true);
    expect(pointInPolygon([1.5, 0.5], ell)).toBe(true);
    expect(pointInPolygon([1.5, 1.5], ell)).toBe(false);
  });
  it("contains nothing when degenerate", () => {
    expect(pointInPolygon([0, 0], [])).toBe(false);
    expect(parsePolygon("not json")).toEqual([]);
    expect(parsePolygon("[[1,2],[3,'x'],[4,5]]")).toEqual([]);
    expect(parsePolygon("[[1,2],[3,4]]")).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe("findZone", () => {
  const platform = {
    id: "p",
    storeId: null,
    polygon: square,
    deliveryFeeCents: 500,
    minOrderCents: 2000,
  };
  const cheap = { ...platform, id: "q", deliveryFeeCents: 400 };
  const own = { ...platform, id: "s", storeId: "store", deliveryFeeCents: 800 };
  it("prefers the store's own zone, then the cheapest", () => {
    expect(findZone([platform, own, cheap], [121.45, 31.15])?.id).toBe("s");
    expect(findZone([platform, cheap], [121.45, 31.15])?.id).toBe("q");
  });
  it("returns null outside every zone", () => {
    expect(findZone([platform, own], [120, 30])).toBeNull();
  });
});
