import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/platform/db-client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { acquireSimulatorLease } from "@/lib/simulator/server/lease";

// Background jobs run once across app instances because each tick first takes a lease row.
// On PostgreSQL two clients (two pools, like two instances) race for it. On SQLite one client
// races itself: better-sqlite3 blocks the event loop while it waits for the file lock, so two
// connections in one process would wait on each other (separate processes do not).
let t: TestDb;
let other: Db;

beforeAll(() => {
  t = createTestDb();
  other = t.engine === "postgresql" ? createPrismaClient(t.url) : t.db;
});
afterAll(async () => {
  if (other !== t.db) await other.$disconnect();
  await t.cleanup();
});

describe(`job lease across instances (${process.env.TEST_POSTGRES_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("gives a free lease to exactly one of many racing instances", async () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const attempts = Array.from({ length: 12 }, (_, i) =>
      acquireSimulatorLease(i % 2 ? t.db : other, `instance-${i}`, now, 30_000),
    );
    const won = (await Promise.all(attempts)).filter(Boolean);
    expect(won).toHaveLength(1);
  });

  it("lets another instance take over only after the holder's lease expired", async () => {
    const lease = await t.db.jobLease.findFirstOrThrow();
    const during = new Date(lease.expiresAt.getTime() - 1_000);
    expect(await acquireSimulatorLease(other, "late-comer", during, 30_000)).toBe(false);
    const after = new Date(lease.expiresAt.getTime() + 1);
    const racers = await Promise.all([
      acquireSimulatorLease(other, "late-comer", after, 30_000),
      acquireSimulatorLease(t.db, "another", after, 30_000),
    ]);
    expect(racers.filter(Boolean)).toHaveLength(1);
  });
});
