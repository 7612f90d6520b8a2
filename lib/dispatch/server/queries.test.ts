import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import type { TestDb } from "@/lib/testing/test-db";
import type { CourierStatus } from "@/lib/generated/prisma/enums";

// The query module reads the app's shared client; point it at a fresh database file.
vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { countVertices, findCourierStats, findCouriers, findZones } = await import("./queries");
const db = testDb.db;

let storeA: string;
let storeB: string;
const square = JSON.stringify([
  [121.4, 31.2],
  [121.5, 31.2],
  [121.5, 31.3],
  [121.4, 31.3],
]);

function courier(code: string, status: CourierStatus) {
  return db.courier.create({ data: { code, name: code, phone: "13900000000", status } });
}

beforeAll(async () => {
  storeA = (await createStore(db)).id;
  storeB = (await createStore(db)).id;
  await db.zone.createMany({
    data: [
      { name: "A-north", storeId: storeA, polygon: square },
      { name: "B-south", storeId: storeB, polygon: square },
      { name: "city", storeId: null, polygon: "broken" },
    ],
  });
  const busy = await courier("C1", "TO_DROPOFF");
  await courier("C2", "AVAILABLE");
  await courier("C3", "OFFLINE");
  const [carried, ready] = await Promise.all([createOrder(db, storeA), createOrder(db, storeA)]);
  await db.order.update({
    where: { id: carried.id },
    data: { status: "PICKED_UP", courierId: busy.id },
  });
  await db.order.update({ where: { id: ready.id }, data: { status: "READY" } });
});
afterAll(() => testDb.cleanup());

describe("dispatch overview", () => {
  it("counts couriers by state and ready orders still waiting for one", async () => {
    expect(await findCourierStats({})).toEqual({
      onShift: 2,
      available: 1,
      delivering: 1,
      readyWithoutCourier: 1,
    });
    expect((await findCourierStats({ storeId: { in: [storeB] } })).readyWithoutCourier).toBe(0);
  });

  it("shows each courier's orders on board and puts offline couriers last", async () => {
    const rows = await findCouriers();
    expect(rows.at(-1)?.code).toBe("C3");
    expect(rows.find((r) => r.code === "C1")?.ordersOnBoard).toBe(1);
    expect(rows.find((r) => r.code === "C2")?.ordersOnBoard).toBe(0);
  });

  it("shows a store its own zones plus platform-wide ones", async () => {
    const rows = await findZones({ storeId: { in: [storeA] } });
    expect(rows.map((z) => z.name).sort()).toEqual(["A-north", "city"]);
    expect(rows.find((z) => z.name === "A-north")?.vertexCount).toBe(4);
    expect(rows.find((z) => z.name === "city")?.vertexCount).toBeNull();
    expect(await findZones({})).toHaveLength(3);
  });

  it("counts vertices only of a well-formed polygon", () => {
    expect(countVertices("[[1,2],[3,4],[5,6]]")).toBe(3);
    expect(countVertices('[[1,"x"]]')).toBeNull();
    expect(countVertices("{")).toBeNull();
  });
});
