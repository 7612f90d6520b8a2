import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Actor } from "@/lib/platform/actor";
import { createActor, createOrder, createStore } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { dispatchConfig } from "@/lib/dispatch/server/config";
import { runDispatchTick } from "@/lib/dispatch/server/tick";
import { clockOwnShift, scheduleShift } from "./shifts";
import { findDispatchPresence } from "./presence";

type Handler = (r: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
let t: TestDb;
let shiftRoute: Handler;
let manager: Actor;
let storeId = "";
const minute = 60_000;
const offer = { ...dispatchConfig(), mode: "offer" as const };

async function rider(code: string) {
  const token = `wkc_test_${code}_0123456789`;
  const c = await t.db.courier.create({
    data: {
      code,
      name: `Rider ${code}`,
      phone: "13700000000",
      capacity: 3,
      apiTokenHash: createHash("sha256").update(token).digest("hex"),
      lastLat: 31.2,
      lastLng: 121.44,
      lastPingAt: new Date(),
    },
  });
  return { id: c.id, token };
}

function shiftCall(token: string, action: "start" | "end") {
  return shiftRoute(
    new Request("http://localhost/api/v1/courier/shift", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ action }),
    }),
    { params: Promise.resolve({}) },
  );
}

const offersFor = (orderId: string) =>
  t.db.deliveryAssignment.findMany({ where: { orderId, status: "OFFERED" } });
const presenceOf = async (courierId: string) =>
  (await findDispatchPresence(t.db)).couriers.find((c) => c.id === courierId);

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  storeId = (await createStore(t.db)).id;
  manager = await createActor(t.db, "PLATFORM_ADMIN", [storeId]);
  shiftRoute = (await import("@/app/api/v1/courier/shift/route")).POST as Handler;
});
afterAll(() => t.cleanup());

describe("presence feeds dispatch", () => {
  it("a scheduled courier is late until the app starts the shift, which clocks in that shift", async () => {
    const a = await rider("PA");
    const now = Date.now();
    const { id: shiftId } = await scheduleShift(t.db, manager, {
      kind: "COURIER",
      personId: a.id,
      storeId: null,
      startsAt: new Date(now - 20 * minute),
      endsAt: new Date(now + 4 * 60 * minute),
    });
    const order = await createOrder(t.db, storeId);
    await t.db.order.update({
      where: { id: order.id },
      data: { status: "READY", acceptedAt: new Date(), readyAt: new Date(), version: 2 },
    });

    expect((await presenceOf(a.id))?.presence).toBe("LATE");
    // Scheduled is not on shift: the planner offers nothing to an offline courier.
    await runDispatchTick(t.db, offer);
    expect(await offersFor(order.id)).toHaveLength(0);

    const res = await shiftCall(a.token, "start");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "AVAILABLE", shiftId });
    expect(await t.db.courierShift.count({ where: { courierId: a.id } })).toBe(1);
    const clocked = await t.db.courierShift.findUniqueOrThrow({ where: { id: shiftId } });
    expect(clocked.clockInAt).not.toBeNull();
    const row = await presenceOf(a.id);
    expect(row?.presence).toBe("ON_SHIFT");
    expect(row?.scheduledFrom?.getTime()).toBe(now - 20 * minute);
    expect(row?.onShiftSince?.getTime()).toBe(clocked.clockInAt?.getTime());

    await runDispatchTick(t.db, offer);
    const offers = await offersFor(order.id);
    expect(offers.map((o) => o.courierId)).toEqual([a.id]);
    await t.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    await t.db.deliveryAssignment.updateMany({
      where: { orderId: order.id },
      data: { status: "DECLINED" },
    });

    const end = await shiftCall(a.token, "end");
    expect(end.status).toBe(200);
    const closed = await t.db.courierShift.findUniqueOrThrow({ where: { id: shiftId } });
    expect(closed.clockOutAt).not.toBeNull();
    expect(await presenceOf(a.id)).toBeUndefined();
  });

  it("an unscheduled courier going online starts an ad-hoc shift, shown as not scheduled", async () => {
    const b = await rider("PB");
    expect(await presenceOf(b.id)).toBeUndefined();
    expect((await shiftCall(b.token, "start")).status).toBe(200);
    const row = await presenceOf(b.id);
    expect(row?.presence).toBe("UNSCHEDULED");
    expect(row?.scheduledFrom).toBeNull();
    expect(row?.onShiftSince).not.toBeNull();
    const presence = await findDispatchPresence(t.db);
    expect(presence.counts.UNSCHEDULED).toBe(1);
    expect(presence.counts.ON_SHIFT).toBe(0);
    await shiftCall(b.token, "end");
  });

  it("lists clocked-in dispatchers only, gone once they clock out", async () => {
    const dispatcher = await createActor(t.db, "DISPATCHER", [storeId]);
    const agent = await createActor(t.db, "SUPPORT_AGENT", [storeId]);
    const now = Date.now();
    for (const who of [dispatcher, agent]) {
      await scheduleShift(t.db, manager, {
        kind: "STAFF",
        personId: who.id,
        storeId: null,
        startsAt: new Date(now - 5 * minute),
        endsAt: new Date(now + 60 * minute),
      });
    }
    expect((await findDispatchPresence(t.db)).dispatchers).toEqual([]);
    await clockOwnShift(t.db, dispatcher, "IN");
    await clockOwnShift(t.db, agent, "IN");
    const names = (await findDispatchPresence(t.db)).dispatchers.map((d) => d.userId);
    expect(names).toEqual([dispatcher.id]);
    await clockOwnShift(t.db, dispatcher, "OUT");
    expect((await findDispatchPresence(t.db)).dispatchers).toEqual([]);
  });
});
