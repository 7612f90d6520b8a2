import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { getTrackingView } from "./queries";

let t: TestDb;
let token = "";
let otherToken = "";

beforeAll(async () => {
  t = createTestDb();
  const store = await createStore(t.db);
  token = (await createOrder(t.db, store.id)).trackingToken;
  otherToken = (await createOrder(t.db, store.id)).trackingToken;
});
afterAll(() => t.cleanup());

describe("public order tracking", () => {
  it("shows the order behind its token with masked phone numbers", async () => {
    const view = await getTrackingView(t.db, token);
    expect(view?.status).toBe("PLACED");
    expect(view?.store.phone).toMatch(/\*{4}/);
    expect(view?.courier).toBeNull();
    expect(JSON.stringify(view)).not.toContain("13800000000");
  });

  it("shows a different order for a different token", async () => {
    const mine = await getTrackingView(t.db, token);
    const other = await getTrackingView(t.db, otherToken);
    expect(other?.code).not.toBe(mine?.code);
  });

  it("finds nothing for a prefix, a changed case, a malformed or an unknown token", async () => {
    expect(await getTrackingView(t.db, token.slice(0, -1))).toBeNull();
    const flipped = token.replace(/[a-z]/, (c) => c.toUpperCase());
    if (flipped !== token) expect(await getTrackingView(t.db, flipped)).toBeNull();
    expect(await getTrackingView(t.db, "../etc/passwd")).toBeNull();
    expect(await getTrackingView(t.db, "A".repeat(22))).toBeNull();
  });
});
