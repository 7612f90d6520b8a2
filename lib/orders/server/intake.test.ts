import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "./intake";
import { transitionOrder } from "./mutations";
import { createIntakeStore, orderBody } from "./intake-test-setup";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "I1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
  await t.db.webhookEndpoint.create({
    data: {
      storeId: s.store.id,
      channel: "STOREFRONT",
      url: "http://127.0.0.1:9/hook",
      secret: "s",
    },
  });
});
afterAll(() => t.cleanup());
beforeEach(async () => {
  await t.db.store.update({
    where: { id: s.store.id },
    data: { status: "OPEN", autoAccept: "{}", slotMaxOrders: null },
  });
  await t.db.openingHours.deleteMany({ where: { storeId: s.store.id } });
  await t.db.menuItem.update({
    where: { id: s.tea.id },
    data: { stockQty: 5, soldOutUntil: null },
  });
});

const input = () => ({
  ...orderBody(s),
  items: orderBody(s).items.map((i) => ({ optionIds: [], ...i })),
});

describe("placeChannelOrder", () => {
  it("leaves nothing behind when a step after the order insert fails", async () => {
    await t.db.menuItem.update({
      where: { id: s.noodles.id },
      data: { stockTracked: true, stockQty: 5 },
    });
    await t.db.menuItem.update({ where: { id: s.tea.id }, data: { stockQty: 1 } });
    const counts = async () => ({
      orders: await t.db.order.count(),
      items: await t.db.orderItem.count(),
      events: await t.db.orderEvent.count(),
      live: await t.db.liveEvent.count(),
      hooks: await t.db.webhookDelivery.count(),
      moves: await t.db.stockMovement.count(),
    });
    const before = await counts();
    // Noodles are reserved first, then the tea (2 wanted, 1 left) fails: all must roll back.
    await expect(placeChannelOrder(t.db, principal, input())).rejects.toThrow(
      "Not enough stock of Milk tea",
    );
    expect(await counts()).toEqual(before);
    const noodles = await t.db.menuItem.findUniqueOrThrow({ where: { id: s.noodles.id } });
    expect(noodles.stockQty).toBe(5);
    await t.db.menuItem.update({
      where: { id: s.noodles.id },
      data: { stockTracked: false, stockQty: null },
    });
  });

  it("auto-accepts for a channel that has it on, with events and webhooks for both steps", async () => {
    await t.db.store.update({
      where: { id: s.store.id },
      data: { autoAccept: '{"STOREFRONT":true}' },
    });
    const order = await placeChannelOrder(t.db, principal, input());
    expect(order).toMatchObject({ status: "ACCEPTED", version: 1 });
    const events = await t.db.orderEvent.findMany({
      where: { orderId: order.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.type, e.actorType, e.toStatus])).toEqual([
      ["placed", "CHANNEL", "PLACED"],
      ["accept", "SYSTEM", "ACCEPTED"],
    ]);
    const hooks = await t.db.webhookDelivery.findMany({ where: { orderId: order.id } });
    expect(hooks.map((h) => h.event).sort()).toEqual(["order.created", "order.updated"]);
  });

  it("quotes a longer prep time when the store is busy", async () => {
    const normal = await placeChannelOrder(t.db, principal, input());
    await t.db.store.update({ where: { id: s.store.id }, data: { status: "BUSY" } });
    const busy = await placeChannelOrder(t.db, principal, input());
    expect(busy.prepMinutes).toBe(normal.prepMinutes + 10);
    expect(busy.promisedAt.getTime() - busy.placedAt.getTime()).toBe(
      normal.promisedAt.getTime() - normal.placedAt.getTime() + 10 * 60_000,
    );
  });

  it("refuses a closed store and names the next opening", async () => {
    // Wednesday 2026-11-25 at 08:00 in Shanghai; the store opens at 10:00 every day.
    await t.db.openingHours.createMany({
      data: [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({
        storeId: s.store.id,
        dayOfWeek,
        opensAt: 600,
        closesAt: 1320,
      })),
    });
    const now = new Date("2026-11-25T00:00:00Z");
    await expect(placeChannelOrder(t.db, principal, input(), { now })).rejects.toThrow(
      "is closed now; it opens at 10:00 (Asia/Shanghai)",
    );
    const open = new Date("2026-11-25T03:00:00Z");
    await expect(placeChannelOrder(t.db, principal, input(), { now: open })).resolves.toMatchObject(
      { status: "PLACED" },
    );
  });

  it("throttles the 15-minute slot", async () => {
    const now = new Date("2026-11-25T04:00:00Z");
    await t.db.store.update({ where: { id: s.store.id }, data: { slotMaxOrders: 1 } });
    await placeChannelOrder(t.db, principal, input(), { now });
    await expect(placeChannelOrder(t.db, principal, input(), { now })).rejects.toMatchObject({
      code: "rate_limited",
    });
  });

  it("gives 2 of the last 3 portions to exactly one of two racing orders", async () => {
    await t.db.menuItem.update({ where: { id: s.tea.id }, data: { stockQty: 3 } });
    const results = await Promise.allSettled([
      placeChannelOrder(t.db, principal, input()),
      placeChannelOrder(t.db, principal, input()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: s.tea.id } })).stockQty).toBe(1);
  });

  it("marks the item sold out at zero and makes it orderable again on cancel", async () => {
    await t.db.menuItem.update({ where: { id: s.tea.id }, data: { stockQty: 2 } });
    const order = await placeChannelOrder(t.db, principal, input());
    let tea = await t.db.menuItem.findUniqueOrThrow({ where: { id: s.tea.id } });
    expect(tea.stockQty).toBe(0);
    expect(tea.soldOutUntil?.getTime()).toBeGreaterThan(Date.now());
    await expect(placeChannelOrder(t.db, principal, input())).rejects.toMatchObject({
      code: "validation",
      details: { fields: { "items[1].itemId": ["Milk tea is not available right now."] } },
    });
    const channel = { type: "CHANNEL" as const, id: principal.keyId, storeId: s.store.id };
    await transitionOrder(t.db, channel, {
      orderId: order.id,
      version: 0,
      action: "cancel",
      reason: "Customer",
    });
    tea = await t.db.menuItem.findUniqueOrThrow({ where: { id: s.tea.id } });
    expect(tea).toMatchObject({ stockQty: 2, soldOutUntil: null });
    const cancelled = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelledBy: "CHANNEL" });
  });
});
