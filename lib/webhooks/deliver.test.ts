import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { deliverPendingWebhooks, retryDelayMs } from "./deliver";
import { enqueueWebhooks } from "./enqueue";
import { signatureHeader, verifySignature } from "./sign";

type Received = { body: string; signature: string; event: string };

let t: TestDb;
let server: Server;
let base: string;
const received: Received[] = [];
// The receiver answers with these statuses in turn (then 200), to exercise retries.
const script: number[] = [];

beforeAll(async () => {
  t = createTestDb();
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({
        body,
        signature: String(req.headers["x-signature"]),
        event: String(req.headers["x-webhook-event"]),
      });
      res.statusCode = script.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await t.cleanup();
});

async function queue(url: string) {
  const store = await createStore(t.db);
  const order = await createOrder(t.db, store.id);
  await t.db.webhookEndpoint.create({
    data: { storeId: store.id, channel: "STOREFRONT", url, secret: "whsec_test" },
  });
  // An endpoint of another channel must not get this store's storefront orders.
  await t.db.webhookEndpoint.create({
    data: { storeId: store.id, channel: "MEITUAN", url, secret: "x" },
  });
  const data = { orderId: order.id, code: order.code, status: "ACCEPTED", version: 1 };
  await t.db.$transaction((tx) =>
    enqueueWebhooks(tx, {
      storeId: store.id,
      channel: "STOREFRONT",
      orderId: order.id,
      event: "order.updated",
      data,
    }),
  );
  return t.db.webhookDelivery.findFirstOrThrow({ where: { orderId: order.id } });
}

describe("webhook delivery", () => {
  it("signs t.body with HMAC-SHA256 and verifies only the untampered body", () => {
    const header = signatureHeader("k", '{"a":1}', 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature("k", '{"a":1}', header, 1_700_000_100)).toBe(true);
    expect(verifySignature("k", '{"a":2}', header, 1_700_000_100)).toBe(false);
    expect(verifySignature("other", '{"a":1}', header, 1_700_000_100)).toBe(false);
    expect(verifySignature("k", '{"a":1}', header, 1_700_009_000)).toBe(false);
  });

  it("delivers a signed payload to a real HTTP server and logs it", async () => {
    const d = await queue(`${base}/hook`);
    expect(await t.db.webhookDelivery.count({ where: { orderId: d.orderId } })).toBe(1);
    const now = new Date();
    const report = await deliverPendingWebhooks(t.db, fetch, now);
    expect(report).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    const got = received.at(-1);
    expect(got?.event).toBe("order.updated");
    expect(JSON.parse(got?.body ?? "{}").data).toMatchObject({ status: "ACCEPTED", version: 1 });
    expect(
      verifySignature(
        "whsec_test",
        got?.body ?? "",
        got?.signature ?? "",
        Math.floor(now.getTime() / 1000),
      ),
    ).toBe(true);
    const row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({
      status: "DELIVERED",
      attempts: 1,
      responseStatus: 200,
      lastError: null,
    });
  });

  it("retries failures with exponential backoff, then succeeds", async () => {
    const d = await queue(`${base}/flaky`);
    script.push(500, 503);
    const t0 = new Date();
    expect(await deliverPendingWebhooks(t.db, fetch, t0)).toMatchObject({ retrying: 1 });
    let row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({
      status: "RETRYING",
      attempts: 1,
      responseStatus: 500,
      lastError: "HTTP 500",
    });
    expect(row.nextAttemptAt.getTime() - t0.getTime()).toBe(30_000);
    // Not due yet: nothing is sent.
    expect(await deliverPendingWebhooks(t.db, fetch, new Date(t0.getTime() + 1000))).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    const t1 = new Date(t0.getTime() + 30_000);
    await deliverPendingWebhooks(t.db, fetch, t1);
    row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "RETRYING", attempts: 2, responseStatus: 503 });
    expect(row.nextAttemptAt.getTime() - t1.getTime()).toBe(60_000);
    await deliverPendingWebhooks(t.db, fetch, new Date(t1.getTime() + 60_000));
    row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 3, responseStatus: 200 });
  });

  it("gives up after the last attempt on an unreachable endpoint", async () => {
    // Port 9 (discard) on loopback is closed: a connection error, not an HTTP status.
    const d = await queue("http://127.0.0.1:9/hook");
    let now = new Date();
    for (let i = 0; i < 3; i++) {
      await deliverPendingWebhooks(t.db, fetch, now, { maxAttempts: 3, baseDelayMs: 1000 });
      now = new Date(now.getTime() + retryDelayMs(i + 1, 1000));
    }
    const row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 3, responseStatus: null });
    expect(row.lastError).toBeTruthy();
  });
});

describe("a worker that died mid-attempt", () => {
  it("leaves a lease that another worker takes over once it runs out", async () => {
    const d = await queue(`${base}/lease`);
    const now = new Date();
    await t.db.webhookDelivery.update({
      where: { id: d.id },
      data: { status: "SENDING", attempts: 1, nextAttemptAt: new Date(now.getTime() + 60_000) },
    });
    expect((await deliverPendingWebhooks(t.db, fetch, now)).delivered).toBe(0);
    const later = new Date(now.getTime() + 60_000);
    expect((await deliverPendingWebhooks(t.db, fetch, later)).delivered).toBe(1);
    const row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } });
    expect(row).toMatchObject({ status: "DELIVERED", attempts: 2 });
  });
});
