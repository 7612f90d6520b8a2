import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { AppError } from "./errors";
import { withIdempotentTransaction } from "./idempotency";

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.cleanup());

// The work: one audit-free row we can count (a store named after the key).
let n = 0;
function makeStore(
  tx: Parameters<Parameters<typeof withIdempotentTransaction>[2]>[0],
  code: string,
) {
  n++;
  return tx.store.create({
    data: {
      code: `${code}${n}`,
      nameZh: code,
      nameEn: code,
      address: "x",
      lat: 31.2,
      lng: 121.4,
      phone: "0",
    },
  });
}
const countStores = (code: string) => t.db.store.count({ where: { nameEn: code } });

describe("withIdempotentTransaction", () => {
  it("runs once and replays the stored answer", async () => {
    const opts = { scope: "s", key: "once", request: "{}" };
    const run = async (tx: Parameters<typeof makeStore>[0]) => {
      const store = await makeStore(tx, "ONCE");
      return { status: 201, body: { id: store.id } };
    };
    const first = await withIdempotentTransaction(t.db, opts, run);
    const again = await withIdempotentTransaction(t.db, opts, run);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await countStores("ONCE")).toBe(1);
  });

  it("writes nothing when the transaction fails after the work, and releases the key", async () => {
    const opts = { scope: "s", key: "boom", request: "{}" };
    await expect(
      withIdempotentTransaction(t.db, opts, async (tx) => {
        await makeStore(tx, "BOOM");
        throw new Error("connection lost");
      }),
    ).rejects.toThrow("connection lost");
    expect(await countStores("BOOM")).toBe(0);
    expect(await t.db.idempotencyKey.count({ where: { key: "boom" } })).toBe(0);
  });

  it("remembers a refusal mapped from the error, with nothing of the work kept", async () => {
    const opts = { scope: "s", key: "no", request: "{}" };
    const refusal = (e: unknown) =>
      e instanceof AppError ? { status: 422, body: { no: 1 } } : null;
    let runs = 0;
    const run = async (tx: Parameters<typeof makeStore>[0]) => {
      runs++;
      await makeStore(tx, "NO");
      throw new AppError("validation", "closed");
    };
    expect(await withIdempotentTransaction(t.db, opts, run, refusal)).toEqual({
      status: 422,
      body: { no: 1 },
      replayed: false,
    });
    expect((await withIdempotentTransaction(t.db, opts, run, refusal)).replayed).toBe(true);
    expect(runs).toBe(1);
    expect(await countStores("NO")).toBe(0);
  });

  it("takes over a claim left by a crashed request (no answer, older than staleMs)", async () => {
    // What a kill -9 between the claim insert and the commit leaves behind.
    const hashOf = (await import("./idempotency")).requestHash;
    await t.db.idempotencyKey.create({
      data: {
        scope: "s",
        key: "crashed",
        requestHash: hashOf("{}"),
        createdAt: new Date(Date.now() - 60_000),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const opts = { scope: "s", key: "crashed", request: "{}", staleMs: 20_000 };
    const run = async (tx: Parameters<typeof makeStore>[0]) => {
      const store = await makeStore(tx, "CRASH");
      return { status: 201, body: { id: store.id } };
    };
    const retried = await withIdempotentTransaction(t.db, opts, run);
    expect(retried.status).toBe(201);
    expect(retried.replayed).toBe(false);
    expect(await withIdempotentTransaction(t.db, opts, run)).toEqual({
      ...retried,
      replayed: true,
    });
    expect(await countStores("CRASH")).toBe(1);
  });

  it("a fresh unanswered claim is not taken over: the duplicate is told to retry", async () => {
    const hashOf = (await import("./idempotency")).requestHash;
    await t.db.idempotencyKey.create({
      data: {
        scope: "s",
        key: "busy",
        requestHash: hashOf("{}"),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const opts = { scope: "s", key: "busy", request: "{}", waitMs: 100 };
    await expect(
      withIdempotentTransaction(t.db, opts, async () => ({ status: 201, body: {} })),
    ).rejects.toMatchObject({ code: "conflict" });
  });
});
