import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import { createOrder } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { acquireSimulatorLease } from "./lease";
import type { PlaceOrder } from "./place";
import { runSimulatorTick } from "./tick";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;

// 04:00 UTC is the Shanghai lunch peak.
const start = new Date("2026-11-25T04:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

// Deterministic stand-in for Math.random: a small LCG.
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "SIM1");
  await t.db.courier.create({
    data: { code: "C-SIM", name: "骑手小王", phone: "13700000000", status: "AVAILABLE" },
  });
});
afterAll(() => t.cleanup());

describe("a simulator tick against a real database", () => {
  it("places peak-hour orders through the intake and walks them to delivered", async () => {
    const random = seeded(7);
    const placeOrder: PlaceOrder = async (request) => {
      const principal = { keyId: s.apiKey.id, storeId: request.storeId, channel: request.channel };
      await placeChannelOrder(t.db, principal, request.body, { now: start });
    };
    const staffOrder = await createOrder(t.db, s.store.id, start);

    const first = await runSimulatorTick(t.db, {
      now: start,
      tickMs: 10 * 60_000,
      random,
      placeOrder,
    });
    expect(first.failed).toBe(0);
    // 72 orders/h at 12:00 over ten minutes.
    expect(first.placed).toBe(12);

    for (const minutes of [1, 2, 60, 65, 240]) {
      await runSimulatorTick(t.db, { now: at(minutes), tickMs: 0, random, placeOrder });
    }
    const sim = await t.db.order.findMany({
      where: { channelOrderRef: { startsWith: "sim-" } },
      select: { status: true, courierId: true, deliveredAt: true },
    });
    expect(sim).toHaveLength(12);
    expect(sim.every((o) => o.status === "DELIVERED" && o.courierId !== null)).toBe(true);
    const courierSteps = await t.db.orderEvent.count({
      where: { actorType: "COURIER", type: { in: ["pick_up", "deliver"] } },
    });
    expect(courierSteps).toBe(24);
    // An order the simulator did not place is left for real staff.
    const untouched = await t.db.order.findUnique({ where: { id: staffOrder.id } });
    expect(untouched?.status).toBe("PLACED");
  });

  it("lets only one instance hold the lease until it expires", async () => {
    expect(await acquireSimulatorLease(t.db, "a", start, 60_000)).toBe(true);
    expect(await acquireSimulatorLease(t.db, "b", at(0.5), 60_000)).toBe(false);
    expect(await acquireSimulatorLease(t.db, "a", at(0.5), 60_000)).toBe(true);
    expect(await acquireSimulatorLease(t.db, "b", at(2), 60_000)).toBe(true);
  });
});
