import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createOrder, createStore } from "@/lib/testing/fixtures";
import { recordAudit } from "@/lib/platform/audit";
import { errorCodeOf } from "@/lib/testing/errors";
import { clockOwnShift, findOnDutyStaff, scheduleShift } from "./shifts";
import { csvCell, exportAuditCsv, searchAudit } from "./audit";
import {
  addTrainingItem,
  findOwnTraining,
  findTrainingOverview,
  setOwnTrainingDone,
} from "./training";
import { findPeoplePerformance, setTarget } from "./performance";

let t: TestDb;
let storeA: string;
let storeB: string;
beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

const hour = 3_600_000;

describe("shifts and presence", () => {
  it("only clocked-in, active staff are on duty, filtered by role and store", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const staff = await createActor(t.db, "STORE_STAFF", [storeA]);
    const now = new Date();
    await scheduleShift(t.db, manager, {
      kind: "STAFF",
      personId: staff.id,
      storeId: storeA,
      startsAt: new Date(now.getTime() + 10 * 60_000),
      endsAt: new Date(now.getTime() + 8 * hour),
    });
    expect(await findOnDutyStaff(t.db, { storeId: storeA })).toEqual([]);
    await clockOwnShift(t.db, staff, "IN", undefined, now);
    const onDuty = await findOnDutyStaff(t.db, { storeId: storeA, role: "STORE_STAFF" });
    expect(onDuty.map((p) => p.userId)).toEqual([staff.id]);
    expect(await findOnDutyStaff(t.db, { storeId: storeB })).toEqual([]);
    expect(await findOnDutyStaff(t.db, { role: "SUPPORT_AGENT" })).toEqual([]);
    await clockOwnShift(t.db, staff, "OUT");
    expect(await findOnDutyStaff(t.db, { storeId: storeA })).toEqual([]);
    expect(await errorCodeOf(clockOwnShift(t.db, staff, "OUT"))).toBe("conflict");
  });

  it("refuses shifts for people or stores outside the scheduler's stores", async () => {
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    const foreign = await createActor(t.db, "STORE_STAFF", [storeB]);
    const now = Date.now();
    const slot = { startsAt: new Date(now), endsAt: new Date(now + hour) };
    expect(
      await errorCodeOf(
        scheduleShift(t.db, manager, {
          kind: "STAFF",
          personId: foreign.id,
          storeId: null,
          ...slot,
        }),
      ),
    ).toBe("not_found");
    expect(
      await errorCodeOf(
        scheduleShift(t.db, manager, {
          kind: "STAFF",
          personId: manager.id,
          storeId: storeB,
          ...slot,
        }),
      ),
    ).toBe("not_found");
  });
});

describe("audit log", () => {
  it("searches within the actor's scope and exports CSV safe for spreadsheets", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    await t.db.$transaction((tx) =>
      recordAudit(tx, admin, {
        action: "store.update",
        entityType: "Store",
        entityId: storeB,
        storeId: storeB,
        after: { name: "=HYPERLINK(1)" },
      }),
    );
    await t.db.$transaction((tx) =>
      recordAudit(tx, admin, {
        action: "store.update",
        entityType: "Store",
        entityId: storeA,
        storeId: storeA,
        after: { name: "A" },
      }),
    );
    const filters = { q: "store.update", page: 1 } as const;
    expect((await searchAudit(t.db, admin, filters)).total).toBe(2);
    const mine = await searchAudit(t.db, manager, filters);
    expect(mine.rows.map((r) => r.storeId)).toEqual([storeA]);
    const csv = await exportAuditCsv(t.db, admin, filters);
    expect(csv.split("\r\n")[0]).toBe(
      "createdAt,actorEmail,action,entityType,entityId,storeId,before,after,ip,userAgent",
    );
    expect(csv.trim().split("\r\n")).toHaveLength(3);
    expect(csvCell('=cmd|"x"')).toBe(`"'=cmd|""x"""`);
  });
});

describe("training", () => {
  it("shows each person their role's checklist and counts completion", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const staff = await createActor(t.db, "STORE_STAFF", [storeA]);
    const item = await addTrainingItem(t.db, admin, {
      role: "STORE_STAFF",
      titleZh: "处理退款",
      titleEn: "Handling refunds",
    });
    await addTrainingItem(t.db, admin, {
      role: "DISPATCHER",
      titleZh: "改派",
      titleEn: "Reassigning",
    });
    expect((await findOwnTraining(t.db, staff)).map((i) => [i.titleEn, i.done])).toEqual([
      ["Handling refunds", false],
    ]);
    await setOwnTrainingDone(t.db, staff, item.id, true);
    expect((await findOwnTraining(t.db, staff))[0]?.done).toBe(true);
    const overview = await findTrainingOverview(t.db, admin);
    expect(overview.progress.find((p) => p.userId === staff.id)).toMatchObject({
      done: 1,
      total: 1,
    });
    const dispatcherItem = overview.items.find((i) => i.role === "DISPATCHER");
    expect(await errorCodeOf(setOwnTrainingDone(t.db, staff, dispatcherItem?.id ?? "", true))).toBe(
      "not_found",
    );
    const manager = await createActor(t.db, "STORE_MANAGER", [storeA]);
    expect(
      await errorCodeOf(
        addTrainingItem(t.db, manager, { role: "SUPERVISOR", titleZh: "x", titleEn: "x" }),
      ),
    ).toBe("forbidden");
  });
});

describe("performance", () => {
  it("counts orders handled and refunds per person, with incentive points from the targets", async () => {
    const admin = await createActor(t.db, "PLATFORM_ADMIN");
    const staff = await createActor(t.db, "STORE_STAFF", [storeA]);
    const placedAt = new Date(Date.now() - hour);
    for (let i = 0; i < 3; i++) {
      const order = await createOrder(t.db, storeA, placedAt);
      await t.db.order.update({
        where: { id: order.id },
        data: { acceptedAt: new Date(placedAt.getTime() + 60_000) },
      });
      await t.db.orderEvent.create({
        data: { orderId: order.id, type: "accept", actorType: "STAFF", actorId: staff.id },
      });
    }
    await setTarget(t.db, admin, {
      metric: "ordersHandled",
      storeId: null,
      target: 3,
      pointsPerUnit: 10,
      bonusPoints: 50,
    });
    const rows = await findPeoplePerformance(
      t.db,
      admin,
      new Date(Date.now() - 24 * hour),
      new Date(Date.now() + hour),
      null,
    );
    expect(rows.find((r) => r.userId === staff.id)).toMatchObject({
      ordersHandled: 3,
      avgAcceptSeconds: 60,
      points: 80,
    });
  });
});
