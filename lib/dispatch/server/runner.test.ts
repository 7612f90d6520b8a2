import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { errorCodeOf } from "@/lib/testing/errors";
import { acquireSimulatorLease } from "@/lib/simulator/server/lease";
import { assignOrders, setPin, setZoneAutoDispatch, unassignOrder } from "./assign";
import { dispatchConfig } from "./config";
import { prunePositions, runDispatchTick } from "./tick";

let t: TestDb;
let actor: Actor;
let storeId = "";
let zoneId = "";
const couriers: Record<string, string> = {};
const cfg = { ...dispatchConfig(), mode: "assign" as const };

async function courier(code: string, lat: number) {
  const c = await t.db.courier.create({
    data: {
      code,
      name: code,
      phone: "1",
      capacity: 3,
      status: "AVAILABLE",
      lastLat: lat,
      lastLng: 121.44,
    },
  });
  couriers[code] = c.id;
}

async function readyOrder(zone: string | null = null) {
  const o = await createOrder(t.db, storeId);
  return t.db.order.update({
    where: { id: o.id },
    data: { status: "READY", acceptedAt: new Date(), readyAt: new Date(), zoneId: zone },
  });
}

const courierOf = async (id: string) =>
  (await t.db.order.findUniqueOrThrow({ where: { id } })).courierId;

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const zone = await t.db.zone.create({ data: { storeId, name: "Z", polygon: "[]" } });
  zoneId = zone.id;
  const user = await createUser(t.db, { role: "DISPATCHER" });
  const loaded = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!loaded) throw new Error("no actor");
  actor = loaded;
  await courier("NEAR", 31.2);
  await courier("FAR", 31.26);
});
afterAll(() => t.cleanup());

describe("auto-assignment runner and dispatcher choices", () => {
  it("respects a manual assignment, and a pin even when the courier goes on break", async () => {
    const order = await readyOrder();
    await assignOrders(t.db, actor, { orderIds: [order.id], courierId: couriers.FAR ?? "" });
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBe(couriers.FAR);
    const audit = await t.db.auditLog.findFirst({
      where: { entityId: order.id, action: "dispatch.assign" },
    });
    expect(audit?.actorId).toBe(actor.id);

    await setPin(t.db, actor, order.id, true);
    await t.db.courier.update({ where: { id: couriers.FAR }, data: { status: "BREAK" } });
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBe(couriers.FAR);

    await setPin(t.db, actor, order.id, false);
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBe(couriers.NEAR);
    const courier = await t.db.courier.findUniqueOrThrow({ where: { id: couriers.NEAR } });
    expect(courier.status).toBe("TO_PICKUP");
    await t.db.courier.update({ where: { id: couriers.FAR }, data: { status: "AVAILABLE" } });
    await t.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
  });

  it("bulk reassigns all or nothing and refuses orders already picked up", async () => {
    const a = await readyOrder();
    const b = await readyOrder();
    await t.db.order.update({ where: { id: b.id }, data: { status: "PICKED_UP" } });
    expect(
      await errorCodeOf(
        assignOrders(t.db, actor, { orderIds: [a.id, b.id], courierId: couriers.FAR ?? "" }),
      ),
    ).toBe("conflict");
    expect(await courierOf(a.id)).toBeNull();
    await t.db.order.updateMany({
      where: { id: { in: [a.id, b.id] } },
      data: { status: "CANCELLED" },
    });
  });

  it("does not auto-assign in a paused zone until it is resumed", async () => {
    await setZoneAutoDispatch(t.db, actor, zoneId, false);
    const order = await readyOrder(zoneId);
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBeNull();
    await setZoneAutoDispatch(t.db, actor, zoneId, true);
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBe(couriers.NEAR);
    await unassignOrder(t.db, actor, order.id);
    expect(await courierOf(order.id)).toBeNull();
    await t.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
  });

  it("gives orders of a courier who went off shift to another one", async () => {
    const order = await readyOrder();
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBe(couriers.NEAR);
    await t.db.courier.update({ where: { id: couriers.NEAR }, data: { status: "OFFLINE" } });
    await runDispatchTick(t.db, cfg);
    expect(await courierOf(order.id)).toBe(couriers.FAR);
    const history = await t.db.deliveryAssignment.findMany({
      where: { orderId: order.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => h.status)).toEqual(["SUPERSEDED", "ACCEPTED"]);
  });

  it("gives a just-placed order a courier without waiting for the store", async () => {
    const order = await createOrder(t.db, storeId);
    const tick = await runDispatchTick(t.db, cfg);
    expect(tick.assigned).toBeGreaterThanOrEqual(1);
    expect(await courierOf(order.id)).not.toBeNull();
    const why = await t.db.deliveryAssignment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(JSON.parse(why.explanation ?? "{}").kind).toBe("auto");
  });

  it("prunes positions past the retention window and holds one lease", async () => {
    const now = new Date();
    await t.db.courierPosition.createMany({
      data: [
        {
          courierId: couriers.FAR ?? "",
          lat: 31,
          lng: 121,
          recordedAt: new Date(now.getTime() - 10 * 3_600_000),
        },
        { courierId: couriers.FAR ?? "", lat: 31, lng: 121, recordedAt: now },
      ],
    });
    expect(await prunePositions(t.db, now, 3_600_000)).toBe(1);
    expect(await acquireSimulatorLease(t.db, "a", now, 60_000, "dispatch")).toBe(true);
    expect(await acquireSimulatorLease(t.db, "b", now, 60_000, "dispatch")).toBe(false);
  });
});
