import { describe, expect, it } from "vitest";
import { applyLiveUpdates } from "./live-updates";
import type { DispatchMapData } from "./types";

const base: DispatchMapData = {
  couriers: [
    {
      id: "k1",
      code: "R1",
      name: "",
      phone: "",
      status: "AVAILABLE",
      vehicle: "E_BIKE",
      capacity: 4,
      lat: 31.2,
      lng: 121.4,
      lastPingAt: "2026-01-01T10:00:00.000Z",
      homeZoneId: null,
    },
  ],
  orders: [],
  zones: [],
  plans: [{ courierId: "k1", stops: [], updatedAt: "" }],
  serverTime: "",
};

const ping = (at: string, lat: number, status = "TO_PICKUP") => ({
  courierId: "k1",
  lat,
  lng: 121.4,
  status,
  at,
});

describe("live updates of the map cache", () => {
  it("takes the newest position of a batch and the courier's new status", () => {
    const next = applyLiveUpdates(base, {
      positions: [ping("2026-01-01T10:00:10.000Z", 31.3), ping("2026-01-01T10:00:05.000Z", 31.25)],
      plans: [],
    });
    expect(next.couriers[0]).toMatchObject({ lat: 31.3, status: "TO_PICKUP" });
  });

  it("ignores pings older than what the map shows, unknown couriers and bad numbers", () => {
    const next = applyLiveUpdates(base, {
      positions: [
        ping("2026-01-01T09:59:00.000Z", 31.9),
        { ...ping("2026-01-01T10:01:00.000Z", Number.NaN) },
        { ...ping("2026-01-01T10:01:00.000Z", 31.5), courierId: "ghost" },
      ],
      plans: [],
    });
    expect(next.couriers[0]?.lat).toBe(31.2);
  });

  it("replaces a courier's plan and keeps the others", () => {
    const stop = { orderId: "o", orderCode: "C", kind: "PICKUP" as const, lat: 1, lng: 2, eta: "" };
    const next = applyLiveUpdates(base, {
      positions: [],
      plans: [
        { courierId: "k1", stops: [stop], updatedAt: "x" },
        { courierId: "k2", stops: [], updatedAt: "x" },
      ],
    });
    expect(next.plans.find((p) => p.courierId === "k1")?.stops).toHaveLength(1);
    expect(next.plans).toHaveLength(2);
  });
});
