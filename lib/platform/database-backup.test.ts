import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/platform/db-client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { publishEvent } from "@/lib/platform/events";
import { backupDatabase } from "@/scripts/db-backup.mjs";
import { restoreDatabase } from "@/scripts/db-restore.mjs";
import { createDatabase } from "@/scripts/pg-server.mjs";

// `npm run db:backup` / `db:restore` on the engine under test (SQLite, or PostgreSQL in CI's
// second pass): the backup is one committed state even while writes go on, and restores.
let t: TestDb;
let dir = "";

beforeAll(() => {
  t = createTestDb();
  dir = mkdtempSync(path.join(tmpdir(), "backup-test-"));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** Two events per transaction: a consistent copy always holds an even number. */
const writePair = (db: Db, n: number) =>
  db.$transaction(async (tx) => {
    await publishEvent(tx, { topic: "order.created", storeId: null, payload: { n, half: 1 } });
    await publishEvent(tx, { topic: "order.updated", storeId: null, payload: { n, half: 2 } });
  });

describe(`database backup and restore (${process.env.TEST_POSTGRES_URL ? "PostgreSQL" : "SQLite"})`, () => {
  it("backs up one committed state during writes and restores exactly it", async () => {
    for (let n = 0; n < 20; n++) await writePair(t.db, n);
    let writing = true;
    let n = 100;
    const writer = (async () => {
      while (writing) await writePair(t.db, n++);
    })();
    const file = path.join(dir, t.engine === "postgresql" ? "b.dump" : "b.db");
    const { bytes } = await backupDatabase(t.url, file);
    writing = false;
    await writer;
    expect(bytes).toBeGreaterThan(0);
    await writePair(t.db, 999);
    const live = await t.db.liveEvent.count();

    let restoredUrl = t.url;
    if (t.engine === "postgresql") {
      restoredUrl = await createDatabase(
        process.env.TEST_POSTGRES_URL ?? "",
        `restore_${Date.now()}`,
      );
    } else {
      await t.db.$disconnect();
    }
    await restoreDatabase(restoredUrl, file);
    const restored = createPrismaClient(restoredUrl);
    try {
      const count = await restored.liveEvent.count();
      expect(count % 2).toBe(0);
      expect(count).toBeGreaterThanOrEqual(40);
      expect(count).toBeLessThan(live);
      const after = await restored.liveEvent.count({ where: { payload: { contains: '"n":999' } } });
      expect(after).toBe(0);
    } finally {
      await restored.$disconnect();
    }
  });
});
