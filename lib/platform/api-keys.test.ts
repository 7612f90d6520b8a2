import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import { demoApiKey } from "@/lib/seed";
import { apiKeyPrefix, authenticateApiKey } from "./api-keys";
import { withIdempotency } from "./idempotency";

let t: TestDb;
let storeId: string;
const key = demoApiKey(42, "S01", "STOREFRONT");

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  // Stored exactly as lib/seed/stores.ts stores it.
  const hash = createHash("sha256").update(key).digest("hex");
  await t.db.apiKey.create({
    data: {
      storeId,
      channel: "STOREFRONT",
      name: "k",
      prefix: `wk_${hash.slice(0, 12)}`,
      keyHash: hash,
    },
  });
});
afterAll(() => t.cleanup());

describe("authenticateApiKey", () => {
  it("resolves a seeded key to its store and channel and notes its use", async () => {
    expect(apiKeyPrefix(key)).toMatch(/^wk_[0-9a-f]{12}$/);
    const principal = await authenticateApiKey(t.db, `Bearer ${key}`);
    expect(principal).toMatchObject({ storeId, channel: "STOREFRONT" });
    const row = await t.db.apiKey.findUniqueOrThrow({ where: { id: principal.keyId } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("refuses missing, malformed, unknown and revoked keys alike", async () => {
    for (const header of [null, "", "Basic abc", `Bearer ${key}x`, "Bearer wk_nothing_here"]) {
      await expect(authenticateApiKey(t.db, header)).rejects.toMatchObject({
        code: "unauthenticated",
      });
    }
    await t.db.apiKey.updateMany({ data: { revokedAt: new Date() } });
    await expect(authenticateApiKey(t.db, `Bearer ${key}`)).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});

describe("withIdempotency", () => {
  it("runs once per key, replays, and frees the key when it expires", async () => {
    let runs = 0;
    const run = async () => ({ status: 201, body: { n: ++runs } });
    const opts = { scope: "s", key: "k", request: "{}", ttlMs: 1000 };
    const t0 = new Date();
    expect(await withIdempotency(t.db, opts, run, t0)).toEqual({
      status: 201,
      body: { n: 1 },
      replayed: false,
    });
    expect(await withIdempotency(t.db, opts, run, t0)).toEqual({
      status: 201,
      body: { n: 1 },
      replayed: true,
    });
    const later = new Date(t0.getTime() + 2000);
    expect(await withIdempotency(t.db, opts, run, later)).toEqual({
      status: 201,
      body: { n: 2 },
      replayed: false,
    });
  });

  it("does not remember retryable outcomes", async () => {
    let runs = 0;
    const opts = { scope: "s", key: "busy", request: "{}" };
    const busy = async () => ({ status: 429, body: { n: ++runs } });
    await withIdempotency(t.db, opts, busy);
    expect((await withIdempotency(t.db, opts, busy)).body).toEqual({ n: 2 });
  });
});
