import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createOrder, createStore } from "@/lib/testing/fixtures";
import { errorCodeOf } from "@/lib/testing/errors";
import { findCourierPerformance, findPeoplePerformance, setTarget } from "./performance";

let t: TestDb;
let storeA: string;
let storeB: string;
const minute = 60_000;
const placedAt = new Date(Date.now() - 3 * 3_600_000);
const window = () => [new Date(Date.now() - 86_400_000), new Date(Date.now() + 3_600_000)] as const;

beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

let ticketNo = 0;
function ticket(assigneeId: string, storeId: string, over: Record<string, unknown>) {
  ticketNo += 1;
  return t.db.ticket.create({
    data: {
      code: `PT${ticketNo}`,
      source: "STAFF",
      subject: "late order",
      storeId,
      assigneeId,
      createdAt: placedAt,
      ...over,
    },
  });
}

// A delivered order of `storeId` by `courierId`, `minutesLate` past (or before) its promise,
// to a door `northKm` due north of the store (31.2, 121.44).
async function delivery(storeId: string, courierId: string, minutesLate: number, northKm: number) {
  const order = await createOrder(t.db, storeId, placedAt);
  await t.db.order.update({
    where: { id: order.id },
    data: {
      courierId,
      status: "DELIVERED",
      lat: 31.2 + northKm / 111.195,
      lng: 121.44,
      deliveredAt: new Date(order.promisedAt.getTime() + minutesLate * minute),
    },
  });
}

describe("support and refund figures per person", () => {
  it("counts tickets resolved, first response time, CSAT and refunds of each agent, in scope", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const agent = await createActor(t.db, "SUPPORT_AGENT");
    await ticket(agent.id, storeA, {
      status: "RESOLVED",
      firstRespondedAt: new Date(placedAt.getTime() + 2 * minute),
      resolvedAt: new Date(placedAt.getTime() + 30 * minute),
      csatScore: 5,
    });
    await ticket(agent.id, storeA, {
      status: "RESOLVED",
      firstRespondedAt: new Date(placedAt.getTime() + 4 * minute),
      resolvedAt: new Date(placedAt.getTime() + 40 * minute),
      csatScore: 3,
    });
    await ticket(agent.id, storeB, { firstRespondedAt: new Date(placedAt.getTime() + 6 * minute) });
    for (const amountCents of [500, 1200]) {
      const order = await createOrder(t.db, storeA, placedAt);
      await t.db.refund.create({
        data: {
          orderId: order.id,
          amountCents,
          reasonCode: "late",
          bearer: "STORE",
          createdById: agent.id,
        },
      });
    }
    const [from, to] = window();
    const all = await findPeoplePerformance(t.db, admin, from, to, null);
    expect(all.find((r) => r.userId === agent.id)).toMatchObject({
      ticketsResolved: 2,
      avgFirstResponseSeconds: 240,
      csat: 4,
      refundsIssued: 2,
      refundedCents: 1700,
    });
    // Narrowed to store B: only the open ticket there counts.
    const inB = await findPeoplePerformance(t.db, admin, from, to, storeB);
    expect(inB.find((r) => r.userId === agent.id)).toMatchObject({
      ticketsResolved: 0,
      avgFirstResponseSeconds: 360,
      csat: null,
      refundsIssued: 0,
    });
  });
});

describe("courier figures", () => {
  it("counts deliveries, the on-time rate and store-to-door distance per courier", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const fast = await t.db.courier.create({ data: { code: "PC1", name: "快骑手", phone: "1" } });
    const slow = await t.db.courier.create({ data: { code: "PC2", name: "慢骑手", phone: "2" } });
    await delivery(storeA, fast.id, -5, 2);
    await delivery(storeA, fast.id, 0, 3);
    await delivery(storeA, fast.id, 12, 1);
    await delivery(storeA, fast.id, -1, 4);
    await delivery(storeB, slow.id, 20, 5);
    await setTarget(t.db, admin, {
      metric: "deliveries",
      storeId: null,
      target: 4,
      pointsPerUnit: 2,
      bonusPoints: 100,
    });
    const [from, to] = window();
    const rows = await findCourierPerformance(t.db, admin, from, to, null);
    expect(rows.map((r) => r.name)).toEqual(["快骑手", "慢骑手"]);
    expect(rows[0]).toMatchObject({ deliveries: 4, onTimeRate: 0.75, distanceKm: 10, points: 108 });
    expect(rows[1]).toMatchObject({ deliveries: 1, onTimeRate: 0, distanceKm: 5, points: 2 });

    // A manager of store A sees only the couriers' work in store A.
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const mine = await findCourierPerformance(t.db, manager, from, to, null);
    expect(mine.map((r) => r.courierId)).toEqual([fast.id]);
  });

  it("lets a manager set targets for their own store only, never the default for all", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const rule = { metric: "deliveries", target: 5, pointsPerUnit: 1, bonusPoints: 10 } as const;
    expect(await errorCodeOf(setTarget(t.db, manager, { ...rule, storeId: storeA }))).toBe("ok");
    expect(await errorCodeOf(setTarget(t.db, manager, { ...rule, storeId: storeB }))).toBe(
      "not_found",
    );
    expect(await errorCodeOf(setTarget(t.db, manager, { ...rule, storeId: null }))).toBe(
      "forbidden",
    );
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { action: "target.set", storeId: storeA },
    });
    expect(audit.actorId).toBe(manager.id);
  });
});
