import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStore } from "@/lib/testing/fixtures";
import type { TestDb } from "@/lib/testing/test-db";

// The query module reads the app's shared client; point it at a fresh database file.
vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { findCampaigns } = await import("./queries");
const db = testDb.db;

let storeA: string;
let storeB: string;

function campaign(name: string, storeIds: string[]) {
  return db.campaign.create({
    data: {
      name,
      type: "THRESHOLD",
      rules: "{}",
      startsAt: new Date("2026-11-01T00:00:00Z"),
      endsAt: new Date("2026-12-01T00:00:00Z"),
      stores: { create: storeIds.map((storeId) => ({ storeId })) },
    },
  });
}

beforeAll(async () => {
  storeA = (await createStore(db)).id;
  storeB = (await createStore(db)).id;
  await campaign("only A", [storeA]);
  await campaign("only B", [storeB]);
  await campaign("A and B", [storeA, storeB]);
  await campaign("everywhere", []);
});
afterAll(() => testDb.cleanup());

describe("campaign list", () => {
  it("shows a store's campaigns and the ones without store links", async () => {
    const rows = await findCampaigns({ storeId: { in: [storeA] } });
    expect(rows.map((c) => c.name).sort()).toEqual(["A and B", "everywhere", "only A"]);
  });

  it("shows everything to an unscoped actor, with store counts (0 = all stores)", async () => {
    const rows = await findCampaigns({});
    expect(rows).toHaveLength(4);
    expect(rows.find((c) => c.name === "A and B")?.storeCount).toBe(2);
    expect(rows.find((c) => c.name === "everywhere")?.storeCount).toBe(0);
  });
});
