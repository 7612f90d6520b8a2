import { describe, expect, it } from "vitest";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import {
  applyMapFilters,
  effectivePlans,
  mapSearch,
  orderAgeMinutes,
  plansFromOrders,
  routeLatLngs,
} from "./routes";
import type { DispatchMapData, MapCourier, MapOrder } from "./types";

const order = (id: string, over: Partial<MapOrder> = {}): MapOrder => ({
  id,
  code: `C-${id}`,
  status: "READY",
  storeId: "s1",
  storeCode: "S01",
  zoneId: "z1",
  courierId: "k1",
  pinned: false,
  pickup: { lat: 31.2, lng: 121.4 },
  dropoff: { lat: 31.21, lng: 121.41 },
  addressLine: "",
  placedAt: "2026-01-01T10:00:00.000Z",
  promisedAt: "2026-01-01T10:40:00.000Z",
  trackingToken: "t",
  ...over,
});

const courier = (id: string, over: Partial<MapCourier> = {}): MapCourier => ({
  id,
  code: id.toUpperCase(),
  name: id,
  phone: "",
  status: "TO_PICKUP",
  vehicle: "E_BIKE",
  capacity: 4,
  lat: 31.19,
  lng: 121.39,
  lastPingAt: null,
  homeZoneId: null,
  ...over,
});

const now = new Date("2026-01-01T10:10:00.000Z");

describe("route drawing data", () => {
  it("draws from the courier through every stop in order", () => {
    const plan = plansFromOrders([order("a")], now)[0];
    expect(plan?.stops.map((s) => s.kind)).toEqual(["PICKUP", "DROPOFF"]);
    expect(routeLatLngs(courier("k1"), plan?.stops ?? [])).toEqual([
      [31.19, 121.39],
      [31.2, 121.4],
      [31.21, 121.41],
    ]);
    expect(routeLatLngs(courier("k1", { lat: null, lng: null }), plan?.stops ?? [])).toHaveLength(
      2,
    );
  });

  it("reads a plan off the orders: pickups first, no pickup for an order already on board", () => {
    const plans = plansFromOrders(
      [order("a", { status: "PICKED_UP" }), order("b"), order("u", { courierId: null })],
      now,
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]?.stops.map((s) => `${s.kind}:${s.orderId}`)).toEqual([
      "PICKUP:b",
      "DROPOFF:a",
      "DROPOFF:b",
    ]);
  });

  it("keeps the planner's order but drops stops of orders reassigned away", () => {
    const planned: CourierPlan = {
      courierId: "k1",
      updatedAt: now.toISOString(),
      stops: [
        { orderId: "b", orderCode: "C-b", kind: "PICKUP", lat: 1, lng: 1, eta: "" },
        { orderId: "a", orderCode: "C-a", kind: "PICKUP", lat: 2, lng: 2, eta: "" },
        { orderId: "a", orderCode: "C-a", kind: "DROPOFF", lat: 3, lng: 3, eta: "" },
        { orderId: "b", orderCode: "C-b", kind: "DROPOFF", lat: 4, lng: 4, eta: "" },
      ],
    };
    const plans = effectivePlans(
      { plans: [planned], orders: [order("a", { courierId: "k2" }), order("b")] },
      now,
    );
    expect(plans.get("k1")?.stops.map((s) => `${s.kind}:${s.orderId}`)).toEqual([
      "PICKUP:b",
      "DROPOFF:b",
    ]);
    expect(plans.get("k2")?.stops.map((s) => `${s.kind}:${s.orderId}`)).toEqual([
      "PICKUP:a",
      "DROPOFF:a",
    ]);
  });
});

describe("map filters and ages", () => {
  const data: DispatchMapData = {
    couriers: [courier("k1"), courier("k2", { status: "AVAILABLE", homeZoneId: "z2" })],
    orders: [order("a"), order("b", { zoneId: "z2", courierId: null })],
    zones: [
      {
        id: "z1",
        name: "",
        storeId: null,
        polygon: [],
        autoDispatch: true,
        deliveryFeeCents: 0,
        minOrderCents: 0,
      },
      {
        id: "z2",
        name: "",
        storeId: null,
        polygon: [],
        autoDispatch: true,
        deliveryFeeCents: 0,
        minOrderCents: 0,
      },
    ],
    plans: [],
    serverTime: now.toISOString(),
  };

  it("filters couriers by status and everything by zone", () => {
    expect(applyMapFilters(data, { status: "AVAILABLE" }).couriers.map((c) => c.id)).toEqual([
      "k2",
    ]);
    const z1 = applyMapFilters(data, { zone: "z1" });
    expect(z1.couriers.map((c) => c.id)).toEqual(["k1"]);
    expect(z1.orders.map((o) => o.id)).toEqual(["a"]);
    expect(z1.zones.map((z) => z.id)).toEqual(["z1"]);
    expect(applyMapFilters(data, {}).orders).toHaveLength(2);
  });

  it("puts filters and the open panel in the URL", () => {
    expect(mapSearch({ zone: "z1", status: "BREAK" }, { courier: "k1" })).toBe(
      "zone=z1&status=BREAK&courier=k1",
    );
    expect(mapSearch({})).toBe("");
  });

  it("ages orders in whole minutes", () => {
    expect(orderAgeMinutes("2026-01-01T10:00:00.000Z", now.getTime())).toBe(10);
    expect(orderAgeMinutes("2026-01-01T10:20:00.000Z", now.getTime())).toBe(0);
  });
});
