import { describe, expect, it } from "vitest";
import { planLive } from "./planner";
import { judgePings } from "./pings";
import { syntheticCity } from "./testing/synthetic";
import type { LiveCourier, LiveOrder } from "./types";

const now = Date.UTC(2026, 10, 25, 4, 0, 0);
const MIN = 60_000;

function courier(id: string, lat: number, over: Partial<LiveCourier> = {}): LiveCourier {
  return {
    id,
    code: id.toUpperCase(),
    lat,
    lng: 121.47,
    capacity: 3,
    available: true,
    onBoard: [],
    ...over,
  };
}

function order(id: string, lat: number, over: Partial<LiveOrder> = {}): LiveOrder {
  return {
    id,
    code: id.toUpperCase(),
    pickupLat: lat,
    pickupLng: 121.47,
    dropLat: lat + 0.01,
    dropLng: 121.47,
    readyAt: now,
    promisedAt: now + 40 * MIN,
    currentCourierId: null,
    fixed: false,
    paused: false,
    excludedCourierIds: [],
    ...over,
  };
}

const stopsOf = (r: ReturnType<typeof planLive>, courierId: string) =>
  r.routes.get(courierId) ?? [];
const ownerOf = (r: ReturnType<typeof planLive>, orderId: string) =>
  [...r.routes].find(([, stops]) => stops.some((s) => s.orderId === orderId))?.[0] ?? null;

describe("live planner", () => {
  it("gives an order to the nearest free courier and explains the runner-up", () => {
    const r = planLive([courier("near", 31.2), courier("far", 31.3)], [order("o1", 31.201)], {
      now,
    });
    expect(ownerOf(r, "o1")).toBe("near");
    const a = r.assignments[0];
    expect(a?.courierId).toBe("near");
    expect(a?.considered).toBe(2);
    expect(a?.alternatives.map((x) => x.courierId)).toEqual(["far"]);
    expect(a?.alternatives[0]?.cost ?? 0).toBeGreaterThan(a?.chosen.cost ?? Infinity);
    expect(a?.chosen.lateMinutes).toBe(0);
    expect(a?.chosen.pickupEta ?? 0).toBeLessThan(a?.chosen.dropoffEta ?? 0);
  });

  it("keeps every pickup before its drop-off on the same courier and never exceeds capacity", () => {
    const city = syntheticCity({ seed: 3, couriers: 12, orders: 40, now });
    const r = planLive(city.couriers, city.orders, { now });
    expect(r.unplanned).toEqual([]);
    for (const c of city.couriers) {
      let load = c.onBoard.length;
      const picked = new Set<string>();
      for (const s of stopsOf(r, c.id)) {
        if (s.kind === "PICKUP") {
          picked.add(s.orderId);
          load++;
        } else {
          load--;
          if (!c.onBoard.some((o) => o.orderId === s.orderId))
            expect(picked.has(s.orderId)).toBe(true);
        }
        expect(load).toBeLessThanOrEqual(c.capacity);
      }
      for (const o of c.onBoard) expect(ownerOf(r, o.orderId)).toBe(c.id);
    }
  });

  it("with one bag, carries orders one after another", () => {
    const r = planLive(
      [courier("c", 31.2, { capacity: 1 })],
      [order("a", 31.2), order("b", 31.2)],
      {
        now,
      },
    );
    expect(stopsOf(r, "c").map((s) => s.kind)).toEqual(["PICKUP", "DROPOFF", "PICKUP", "DROPOFF"]);
  });

  it("returns an order no courier may take as unplanned, never a broken plan", () => {
    const r = planLive([courier("c", 31.2)], [order("a", 31.2, { excludedCourierIds: ["c"] })], {
      now,
    });
    expect(r.unplanned).toEqual([{ orderId: "a", reason: "no_courier" }]);
    expect(stopsOf(r, "c")).toEqual([]);
  });

  it("keeps pinned orders with their courier even when another is closer", () => {
    const r = planLive(
      [courier("near", 31.2), courier("pinned", 31.3)],
      [order("o1", 31.2, { currentCourierId: "pinned", fixed: true })],
      { now },
    );
    expect(ownerOf(r, "o1")).toBe("pinned");
    expect(r.assignments).toEqual([]);
  });

  it("waits with paused-zone orders and keeps those already assigned", () => {
    const r = planLive(
      [courier("a", 31.2), courier("b", 31.25)],
      [
        order("new", 31.2, { paused: true }),
        order("kept", 31.2, { paused: true, currentCourierId: "b" }),
      ],
      { now },
    );
    expect(r.unplanned).toEqual([{ orderId: "new", reason: "paused" }]);
    expect(ownerOf(r, "kept")).toBe("b");
  });

  it("re-plans unpicked orders of a courier who went on break, keeping what they carry", () => {
    const onBoard = [
      { orderId: "bag", code: "BAG", lat: 31.21, lng: 121.47, promisedAt: now + 20 * MIN },
    ];
    const r = planLive(
      [courier("break", 31.2, { available: false, onBoard }), courier("other", 31.22)],
      [order("o1", 31.2, { currentCourierId: null })],
      { now },
    );
    expect(ownerOf(r, "o1")).toBe("other");
    expect(stopsOf(r, "break").map((s) => s.orderId)).toEqual(["bag"]);
  });

  it("never offers an order again to a courier who declined it", () => {
    const r = planLive(
      [courier("declined", 31.2), courier("other", 31.3)],
      [order("o1", 31.2, { excludedCourierIds: ["declined"] })],
      { now },
    );
    expect(ownerOf(r, "o1")).toBe("other");
  });

  it("spreads work: two couriers at one store share a burst of orders", () => {
    const orders = [0, 1, 2, 3].map((k) =>
      order(`o${k}`, 31.2, { dropLat: 31.2 + 0.02 * (k + 1) }),
    );
    const r = planLive(
      [courier("a", 31.2, { capacity: 4 }), courier("b", 31.2, { capacity: 4 })],
      orders,
      {
        now,
      },
    );
    expect(stopsOf(r, "a").length).toBeGreaterThan(0);
    expect(stopsOf(r, "b").length).toBeGreaterThan(0);
  });
});

describe("position pings", () => {
  const last = { lat: 31.2, lng: 121.47, recordedAt: now - 10_000 };
  it("drops duplicates, old fixes and future stamps, flags impossible jumps", () => {
    const v = judgePings(
      [
        { lat: 31.2001, lng: 121.47, recordedAt: now - 5_000 },
        { lat: 31.2001, lng: 121.47, recordedAt: now - 5_000 },
        { lat: 31.1, lng: 121.47, recordedAt: now - 20_000 },
        { lat: 31.9, lng: 121.47, recordedAt: now - 4_000 },
        { lat: 31.2002, lng: 121.47, recordedAt: now + 3_600_000 },
        { lat: 31.2003, lng: 121.47, recordedAt: now },
      ],
      last,
      { onShift: true, now },
    );
    expect(v.map((x) => (x.action === "drop" ? x.reason : (x.flag ?? "ok")))).toEqual([
      "ok",
      "duplicate",
      "out_of_order",
      "impossible_jump",
      "from_future",
      "ok",
    ]);
  });
  it("drops every fix from an off-shift courier", () => {
    const v = judgePings([{ lat: 31.2, lng: 121.47, recordedAt: now }], last, {
      onShift: false,
      now,
    });
    expect(v).toEqual([{ index: 0, action: "drop", reason: "off_shift" }]);
  });
});
