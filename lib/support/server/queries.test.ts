import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStore } from "@/lib/testing/fixtures";
import type { TestDb } from "@/lib/testing/test-db";
import type { TicketStatus } from "@/lib/generated/prisma/enums";

// The query module reads the app's shared client; point it at a fresh database file.
vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { findTickets, findTicketStatusCounts } = await import("./queries");
const db = testDb.db;

const NOW = new Date("2026-11-25T04:00:00Z");
let storeA: { id: string; code: string };
let storeB: string;
let n = 0;

function ticket(status: TicketStatus, minutesAgo: number, storeId: string | null, extra = {}) {
  return db.ticket.create({
    data: {
      code: `TK${++n}`,
      subject: `subject ${n}`,
      source: "STAFF",
      status,
      storeId,
      createdAt: new Date(NOW.getTime() - minutesAgo * 60_000),
      ...extra,
    },
  });
}

beforeAll(async () => {
  storeA = await createStore(db);
  storeB = (await createStore(db)).id;
  await ticket("RESOLVED", 1, storeA.id);
  await ticket("OPEN", 30, storeA.id, { firstResponseDueAt: new Date(NOW.getTime() - 60_000) });
  await ticket("OPEN", 5, null);
  await ticket("PENDING_CUSTOMER", 2, storeB);
  await ticket("CLOSED", 3, storeB);
  await ticket("OPEN", 10, storeB, {
    firstResponseDueAt: new Date(NOW.getTime() - 60_000),
    firstRespondedAt: new Date(NOW.getTime() - 120_000),
  });
});
afterAll(() => testDb.cleanup());

describe("ticket queue", () => {
  it("lists open tickets first, then pending, then the rest, newest first within each", async () => {
    const rows = await findTickets({}, { limit: 50, now: NOW });
    expect(rows.map((r) => r.status)).toEqual([
      "OPEN",
      "OPEN",
      "OPEN",
      "PENDING_CUSTOMER",
      "RESOLVED",
      "CLOSED",
    ]);
    expect(rows.slice(0, 3).map((r) => r.createdAt.getTime())).toEqual(
      [5, 10, 30].map((m) => NOW.getTime() - m * 60_000),
    );
  });

  it("flags only unanswered tickets past their first-response deadline", async () => {
    const rows = await findTickets({}, { status: "OPEN", limit: 50, now: NOW });
    expect(rows.filter((r) => r.responseOverdue)).toHaveLength(1);
    expect(rows.find((r) => r.responseOverdue)?.createdAt.getTime()).toBe(
      NOW.getTime() - 30 * 60_000,
    );
  });

  it("limits a store's view to its tickets and those without a store", async () => {
    const scope = { storeId: { in: [storeA.id] } };
    const rows = await findTickets(scope, { limit: 50, now: NOW });
    expect(rows.map((r) => r.storeCode)).toEqual([null, storeA.code, storeA.code]);
    const counts = await findTicketStatusCounts(scope);
    expect(counts.find((c) => c.status === "OPEN")?.count).toBe(2);
    expect(counts.find((c) => c.status === "CLOSED")).toBeUndefined();
  });

  it("stops at the limit across tiers", async () => {
    const rows = await findTickets({}, { limit: 4, now: NOW });
    expect(rows.map((r) => r.status)).toEqual(["OPEN", "OPEN", "OPEN", "PENDING_CUSTOMER"]);
  });
});
