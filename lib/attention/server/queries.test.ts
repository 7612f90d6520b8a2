import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { findAttention } from "./queries";
import { retryWebhook } from "./mutations";

let t: TestDb;
let mine: string;
let theirs: string;
let deliveryId: string;
let manager: Actor;

const now = new Date();
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

beforeAll(async () => {
  t = createTestDb();
  mine = (await createStore(t.db, "A1")).id;
  theirs = (await createStore(t.db, "A2")).id;
  await createOrder(t.db, mine, ago(10));
  await createOrder(t.db, theirs, ago(10));
  const endpoint = await t.db.webhookEndpoint.create({
    data: { storeId: mine, channel: "STOREFRONT", url: "http://127.0.0.1:9/h", secret: "s" },
  });
  const row = await t.db.webhookDelivery.create({
    data: {
      endpointId: endpoint.id,
      event: "order.updated",
      payload: "{}",
      status: "FAILED",
      attempts: 5,
      nextAttemptAt: ago(30),
    },
  });
  deliveryId = row.id;
  const u = await createUser(t.db, { role: "STORE_MANAGER", storeIds: [mine] });
  manager = {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "STORE_MANAGER",
    locale: null,
    storeIds: [mine],
  };
});
afterAll(() => t.cleanup());

describe("findAttention", () => {
  it("lists the scope's late orders and failing webhooks, not another store's", async () => {
    const items = await findAttention(t.db, { storeId: { in: [mine] } }, now);
    expect(items.map((i) => i.kind).sort()).toEqual(["not_accepted", "webhook_failing"]);
    const all = await findAttention(t.db, {}, now);
    expect(all.filter((i) => i.kind === "not_accepted")).toHaveLength(2);
  });
});

describe("retryWebhook", () => {
  it("queues a failed delivery for now, audited", async () => {
    await retryWebhook(t.db, manager, deliveryId, undefined, now);
    const row = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
    expect(row).toMatchObject({ status: "RETRYING", nextAttemptAt: now });
    expect(await t.db.auditLog.count({ where: { action: "webhook.retry" } })).toBe(1);
  });

  it("treats another store's delivery as missing", async () => {
    const outsider: Actor = { ...manager, storeIds: [theirs] };
    const error = await retryWebhook(t.db, outsider, deliveryId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("not_found");
  });
});
