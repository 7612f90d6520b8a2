import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createActor, createStore } from "@/lib/testing/fixtures";
import type { TestDb } from "@/lib/testing/test-db";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { inboxSearchSchema } from "@/lib/support/schemas";

// The inbox query reads the app's shared client; point it at a fresh database (SQLite, or
// PostgreSQL in CI's second pass), where case-sensitivity differs between the engines.
vi.mock("@/lib/platform/db", async () => {
  const { createTestDb } = await import("@/lib/testing/test-db");
  const testDb = createTestDb();
  return { db: testDb.db, testDb };
});

const { testDb } = (await import("@/lib/platform/db")) as unknown as { testDb: TestDb };
const { engineOf } = await import("./text-search");
const { searchAudit } = await import("@/lib/team/server/audit");
const { findInbox } = await import("@/lib/support/server/inbox-queries");
const db = testDb.db;

let admin: Actor;
let storeId: string;
beforeAll(async () => {
  admin = await createActor(db, "PLATFORM_ADMIN");
  storeId = (await createStore(db)).id;
});
afterAll(() => testDb.cleanup());

describe("text search ignores case on either engine", () => {
  it("knows which engine the client runs on", () => {
    expect(engineOf(db)).toBe(testDb.engine);
  });

  it("finds audit entries whatever the case of the search text", async () => {
    await db.$transaction((tx) =>
      recordAudit(tx, admin, {
        action: "store.update",
        entityType: "Store",
        entityId: "Store-ABC",
        storeId,
        after: { name: "Noodle HOUSE" },
      }),
    );
    const search = (f: { q?: string; actor?: string }) =>
      searchAudit(db, admin, { page: 1, ...f }).then((r) => r.total);
    expect(await search({ q: "noodle house" })).toBe(1);
    expect(await search({ q: "NOODLE house" })).toBe(1);
    expect(await search({ q: "store-abc" })).toBe(1);
    expect(await search({ q: "STORE.UPDATE" })).toBe(1);
    expect(await search({ actor: admin.email.toUpperCase() })).toBe(1);
    expect(await search({ q: "noodle palace" })).toBe(0);
  });

  it("finds inbox tickets by subject, code and message whatever the case", async () => {
    await db.ticket.create({
      data: {
        code: "TK-Case1",
        subject: "Cold Soup DELIVERED late",
        source: "STAFF",
        status: "OPEN",
        storeId,
        messages: { create: { authorType: "CUSTOMER", body: "The Rice was Missing" } },
      },
    });
    const codes = async (q: string) =>
      (await findInbox(admin, inboxSearchSchema.parse({ q }))).rows.map((r) => r.code);
    expect(await codes("cold soup delivered")).toEqual(["TK-Case1"]);
    expect(await codes("tk-case1")).toEqual(["TK-Case1"]);
    expect(await codes("RICE WAS MISSING")).toEqual(["TK-Case1"]);
    expect(await codes("hot soup")).toEqual([]);
  });
});
