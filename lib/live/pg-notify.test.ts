import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/platform/db-client";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import { publishEvent } from "@/lib/platform/events";
import { liveEventResponse } from "./event-stream";
import { postgresLiveWait } from "./pg-notify";

// Two app instances = two Prisma clients (two connection pools) on one PostgreSQL database.
// Runs in CI's PostgreSQL pass (TEST_POSTGRES_URL set); SQLite has no NOTIFY.
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);

let t: TestDb;
let other: Db;
let storeId = "";

beforeAll(async () => {
  if (!onPostgres) return;
  t = createTestDb();
  other = createPrismaClient(t.url);
  storeId = (await createStore(t.db)).id;
});
afterAll(async () => {
  if (!onPostgres) return;
  await other.$disconnect();
  await t.cleanup();
});

async function readUntil(body: ReadableStream<Uint8Array>, done: (text: string) => boolean) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (!done(text)) {
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value);
  }
  reader.releaseLock();
  return text;
}

describe.skipIf(!onPostgres)("live events across instances (PostgreSQL LISTEN/NOTIFY)", () => {
  it("wakes a stream on instance A when instance B commits an event, without polling", async () => {
    const abort = new AbortController();
    // a poll interval far beyond the test timeout: only NOTIFY can deliver in time
    const wait = postgresLiveWait(t.url);
    const body = liveEventResponse(t.db, [storeId], null, abort.signal, {
      wait,
      pollMs: 600_000,
    }).body;
    if (!body) throw new Error("no body");
    await readUntil(body, (s) => s.includes(": connected"));
    const started = Date.now();
    await other.$transaction((tx) =>
      publishEvent(tx, { topic: "order.created", storeId, payload: { code: "FROM-B" } }),
    );
    const text = await readUntil(body, (s) => s.includes("FROM-B"));
    expect(text).toContain('"code":"FROM-B"');
    expect(Date.now() - started).toBeLessThan(30_000);
    abort.abort();
  });

  it("sends a later id only after the earlier, slower transaction commits", async () => {
    const abort = new AbortController();
    const body = liveEventResponse(t.db, null, null, abort.signal, {
      wait: postgresLiveWait(t.url),
      pollMs: 600_000,
    }).body;
    if (!body) throw new Error("no body");
    await readUntil(body, (s) => s.includes(": connected"));
    let releaseSlow: () => void = () => {};
    const held = new Promise<void>((resolve) => (releaseSlow = resolve));
    // the slow transaction takes the lower id first and commits last
    const slow = t.db.$transaction(async (tx) => {
      await publishEvent(tx, { topic: "order.updated", storeId, payload: { code: "SLOW" } });
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await other.$transaction((tx) =>
      publishEvent(tx, { topic: "order.updated", storeId, payload: { code: "FAST" } }),
    );
    releaseSlow();
    await slow;
    const text = await readUntil(body, (s) => s.includes("SLOW") && s.includes("FAST"));
    expect(text.indexOf("SLOW")).toBeLessThan(text.indexOf("FAST"));
    abort.abort();
  });
});
