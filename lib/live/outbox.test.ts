import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createStore } from "@/lib/testing/fixtures";
import { publishEvent } from "@/lib/platform/events";
import { findLiveEventsAfter, formatSseMessage, resolveStartCursor } from "./outbox";

let t: TestDb;
let storeA = "";
let storeB = "";

beforeAll(async () => {
  t = createTestDb();
  storeA = (await createStore(t.db)).id;
  storeB = (await createStore(t.db)).id;
  await t.db.$transaction(async (tx) => {
    await publishEvent(tx, { topic: "order.created", storeId: storeA, payload: { code: "A1" } });
    await publishEvent(tx, { topic: "order.created", storeId: storeB, payload: { code: "B1" } });
    await publishEvent(tx, { topic: "courier.updated", storeId: null, payload: { id: "c" } });
    await publishEvent(tx, { topic: "order.updated", storeId: storeA, payload: { code: "A1" } });
  });
});
afterAll(() => t.cleanup());

describe("live event outbox", () => {
  it("sends every event after the cursor, in id order, for an unscoped actor", async () => {
    const all = await findLiveEventsAfter(t.db, 0, null);
    expect(all.map((e) => e.topic)).toEqual([
      "order.created",
      "order.created",
      "courier.updated",
      "order.updated",
    ]);
    const ids = all.map((e) => e.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });

  it("catches up only on missed events after a reconnect (Last-Event-ID)", async () => {
    const all = await findLiveEventsAfter(t.db, 0, null);
    const second = all[1];
    expect(second).toBeDefined();
    const missed = await findLiveEventsAfter(t.db, second?.id ?? 0, null);
    expect(missed.map((e) => e.topic)).toEqual(["courier.updated", "order.updated"]);
  });

  it("never sends another store's events to a store-scoped actor", async () => {
    const scoped = await findLiveEventsAfter(t.db, 0, [storeA]);
    expect(scoped.map((e) => e.storeId)).toEqual([storeA, null, storeA]);
    expect(scoped.map((e) => e.payload)).toContainEqual({ code: "A1" });
    expect(scoped.some((e) => e.storeId === storeB)).toBe(false);
  });

  it("starts a fresh stream at the newest event and a resumed one at its cursor", async () => {
    const all = await findLiveEventsAfter(t.db, 0, null);
    const newest = all.at(-1)?.id ?? -1;
    expect(await resolveStartCursor(t.db, null)).toBe(newest);
    expect(await resolveStartCursor(t.db, "2")).toBe(2);
    // a malformed cursor is ignored rather than replaying from 0
    expect(await resolveStartCursor(t.db, "abc")).toBe(newest);
  });

  it("frames a message with its id so EventSource can resume", () => {
    const text = formatSseMessage({ id: 7, topic: "order.created", storeId: null, payload: 1 });
    expect(text).toBe('id: 7\ndata: {"topic":"order.created","storeId":null,"payload":1}\n\n');
  });
});
