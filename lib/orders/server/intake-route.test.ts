import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createIntakeStore, orderBody } from "./intake-test-setup";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let other: Awaited<ReturnType<typeof createIntakeStore>>;
let POST: (r: Request) => Promise<Response>;
let GET: (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  process.env.WEBHOOK_WORKER = "off";
  s = await createIntakeStore(t.db, "R1");
  other = await createIntakeStore(t.db, "R2");
  ({ POST } = await import("@/app/api/v1/orders/route"));
  ({ GET } = await import("@/app/api/v1/orders/[id]/route"));
});
afterAll(() => t.cleanup());
beforeEach(async () => {
  await t.db.menuItem.update({ where: { id: s.tea.id }, data: { stockQty: 5 } });
});

function post(body: unknown, opts: { key?: string; idem?: string | null; raw?: string } = {}) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${opts.key ?? s.key}`,
    "content-type": "application/json",
  };
  if (opts.idem !== null) headers["idempotency-key"] = opts.idem ?? crypto.randomUUID();
  return POST(
    new Request("http://localhost/api/v1/orders", {
      method: "POST",
      headers,
      body: opts.raw ?? JSON.stringify(body),
    }),
  );
}

type Problem = { status: number; code: string; errors?: { field: string; message: string }[] };
const fieldsOf = (p: Problem) => (p.errors ?? []).map((e) => e.field);

describe("POST /api/v1/orders", () => {
  it("creates an order priced from the menu, ignoring the client's total", async () => {
    const res = await post({ ...orderBody(s), expectedTotalCents: 1 });
    expect(res.status).toBe(201);
    const body = await res.json();
    // 2800 + 2 × (1200 + 300) = 5800, + packaging 100 + zone delivery 400.
    expect(body).toMatchObject({ status: "PLACED", subtotalCents: 5800, totalCents: 6300 });
    expect(body.priceCheck).toEqual({ expectedTotalCents: 1, matches: false });
    expect(body.trackingUrl).toMatch(/^http:\/\/localhost\/track\/[A-Za-z0-9_-]{24}$/);
    const order = await t.db.order.findUniqueOrThrow({
      where: { id: body.id },
      include: { items: true, events: true },
    });
    expect(order.items).toHaveLength(2);
    expect(order.events.map((e) => e.type)).toEqual(["placed"]);
    expect((await t.db.menuItem.findUniqueOrThrow({ where: { id: s.tea.id } })).stockQty).toBe(3);
    expect(await t.db.stockMovement.count({ where: { orderId: body.id, delta: -2 } })).toBe(1);
    expect(
      await t.db.liveEvent.count({ where: { topic: "order.created", storeId: s.store.id } }),
    ).toBe(1);
  });

  it("replays a retry with the same key and body; refuses the key with another body", async () => {
    const idem = "retry-1";
    const first = await post(orderBody(s), { idem });
    const again = await post(orderBody(s), { idem });
    expect(again.status).toBe(first.status);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json()).id).toBe((await first.json()).id);
    const changed = await post({ ...orderBody(s), note: "no chilli" }, { idem });
    expect(changed.status).toBe(422);
    expect(fieldsOf(await changed.json())).toEqual(["Idempotency-Key"]);
  });

  it("makes exactly one order of two concurrent requests with one key", async () => {
    const before = await t.db.order.count();
    const [a, b] = await Promise.all([
      post(orderBody(s), { idem: "race" }),
      post(orderBody(s), { idem: "race" }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await a.json()).id).toBe((await b.json()).id);
    expect(await t.db.order.count()).toBe(before + 1);
  });

  it("names each bad field and stores nothing", async () => {
    const before = await t.db.order.count();
    const bad = orderBody(s);
    const res = await post({
      ...bad,
      customer: { name: "", phone: "x" },
      items: [{ itemId: s.noodles.id, quantity: -1, priceCents: 1 }],
    });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(fieldsOf(await res.json()).sort()).toEqual([
      "customer.name",
      "customer.phone",
      "items[0].priceCents",
      "items[0].quantity",
    ]);
    const unknown = await post({ ...bad, items: [{ itemId: "nope", quantity: 1 }] });
    expect(unknown.status).toBe(422);
    expect(fieldsOf(await unknown.json())).toEqual(["items[0].itemId"]);
    const outside = await post({ ...bad, address: { line: "far", lat: 30, lng: 120 } });
    expect(outside.status).toBe(422);
    expect(fieldsOf(await outside.json())).toEqual(["address"]);
    expect(await t.db.order.count()).toBe(before);
  });

  it("answers malformed JSON, oversized bodies, missing keys and bad credentials with problems", async () => {
    expect((await post(null, { raw: "{not json" })).status).toBe(400);
    expect((await post(null, { raw: JSON.stringify({ note: "x".repeat(70_000) }) })).status).toBe(
      413,
    );
    expect((await post(orderBody(s), { idem: null })).status).toBe(400);
    expect((await post(orderBody(s), { key: "wk_wrong_key_123456" })).status).toBe(401);
  });

  it("refuses an order the stock cannot cover, keeping the key free for a retry", async () => {
    await t.db.menuItem.update({ where: { id: s.tea.id }, data: { stockQty: 1 } });
    const res = await post(orderBody(s), { idem: "short" });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toBe("Not enough stock of Milk tea for 2.");
    await t.db.menuItem.update({ where: { id: s.tea.id }, data: { stockQty: 5 } });
    expect((await post(orderBody(s), { idem: "short" })).status).toBe(201);
  });

  it("refuses a paused store with its reason", async () => {
    await t.db.store.update({
      where: { id: s.store.id },
      data: { status: "PAUSED", pausedReason: "Kitchen repair" },
    });
    const res = await post(orderBody(s));
    await t.db.store.update({
      where: { id: s.store.id },
      data: { status: "OPEN", pausedReason: null },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toMatch(/paused.*Kitchen repair/);
  });
});

describe("GET /api/v1/orders/{id}", () => {
  it("shows the key's own order and hides another store's", async () => {
    const created = await (await post(orderBody(s))).json();
    const get = (key: string) =>
      GET(
        new Request(`http://localhost/api/v1/orders/${created.id}`, {
          headers: { authorization: `Bearer ${key}` },
        }),
        {
          params: Promise.resolve({ id: created.id }),
        },
      );
    const mine = await get(s.key);
    expect(mine.status).toBe(200);
    expect(await mine.json()).toMatchObject({
      id: created.id,
      code: created.code,
      totalCents: 6300,
    });
    expect((await get(other.key)).status).toBe(404);
  });
});
