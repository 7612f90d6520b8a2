import { describe, expect, it } from "vitest";
import { planActions, type SimOrder } from "./plan";
import { ordersPerHour, ordersThisTick, shanghaiHour } from "./rates";

const at = (iso: string) => new Date(iso);
const now = at("2026-11-25T04:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;

function order(patch: Partial<SimOrder>): SimOrder {
  return {
    id: "o1",
    version: 3,
    status: "PLACED",
    placedAt: ago(10 * MIN),
    acceptedAt: null,
    readyAt: null,
    pickedUpAt: null,
    prepMinutes: 15,
    estimatedAt: null,
    ...patch,
  };
}

describe("demo order rates", () => {
  it("follows Shanghai time: dinner busier than lunch, both far above dawn", () => {
    // 04:00 UTC is 12:00 in Shanghai.
    expect(shanghaiHour(now)).toBe(12);
    const lunch = ordersPerHour(at("2026-11-25T04:00:00Z"));
    const dinner = ordersPerHour(at("2026-11-25T10:00:00Z"));
    const dawn = ordersPerHour(at("2026-11-24T20:00:00Z"));
    expect(dinner).toBeGreaterThan(lunch);
    expect(lunch).toBeGreaterThan(dawn * 10);
  });

  it("rounds the expected count per tick up or down by chance", () => {
    // 72 orders/h over 30 s is 0.6 expected.
    expect(ordersThisTick(now, 30_000, () => 0.59)).toBe(1);
    expect(ordersThisTick(now, 30_000, () => 0.61)).toBe(0);
    expect(ordersThisTick(now, 10 * MIN, () => 0.99)).toBe(12);
  });
});

describe("planning the next tick", () => {
  it("accepts a placed order only after the store's short delay", () => {
    expect(planActions([order({ placedAt: ago(10_000) })], now)).toEqual([]);
    expect(planActions([order({ placedAt: ago(MIN) })], now)).toEqual([
      { orderId: "o1", version: 3, step: "accept", by: "store" },
    ]);
  });

  it("marks ready once the prep time since acceptance has passed", () => {
    const cooking = order({ status: "PREPARING", acceptedAt: ago(10 * MIN) });
    expect(planActions([cooking], now)).toEqual([]);
    const done = order({ status: "PREPARING", acceptedAt: ago(16 * MIN) });
    expect(planActions([done], now).map((a) => a.step)).toEqual(["mark_ready"]);
  });

  it("lets a courier pick up, then deliver no earlier than the ETA", () => {
    const ready = order({ status: "READY", readyAt: ago(4 * MIN) });
    expect(planActions([ready], now)).toEqual([
      { orderId: "o1", version: 3, step: "pick_up", by: "courier" },
    ]);
    const riding = order({
      status: "PICKED_UP",
      pickedUpAt: ago(8 * MIN),
      estimatedAt: new Date(now.getTime() + MIN),
    });
    expect(planActions([riding], now)).toEqual([]);
    const arrived = { ...riding, estimatedAt: ago(MIN) };
    expect(planActions([arrived], now).map((a) => a.step)).toEqual(["deliver"]);
  });

  it("leaves finished orders alone", () => {
    for (const status of ["DELIVERED", "CANCELLED", "REJECTED", "REFUNDED"] as const) {
      expect(planActions([order({ status })], now)).toEqual([]);
    }
  });
});
