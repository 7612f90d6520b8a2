import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createOrder } from "@/lib/testing/fixtures";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let other: Awaited<ReturnType<typeof createIntakeStore>>;
let POST: (r: Request) => Promise<Response>;

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  s = await createIntakeStore(t.db, "K1");
  other = await createIntakeStore(t.db, "K2");
  ({ POST } = await import("@/app/api/v1/tickets/route"));
});
afterAll(() => t.cleanup());

function post(body: unknown, opts: { idem?: string | null; raw?: string } = {}) {
  const headers: Record<string, string> = {
    authorization: `Bearer ${s.key}`,
    "content-type": "application/json",
  };
  if (opts.idem !== null) headers["idempotency-key"] = opts.idem ?? crypto.randomUUID();
  return POST(
    new Request("http://localhost/api/v1/tickets", {
      method: "POST",
      headers,
      body: opts.raw ?? JSON.stringify(body),
    }),
  );
}

describe("POST /api/v1/tickets", () => {
  it("files a ticket on the store's order once per Idempotency-Key", async () => {
    const order = await createOrder(t.db, s.store.id);
    const body = {
      subject: "Cold food",
      message: "饭凉了",
      orderCode: order.code,
      priority: "HIGH",
      labels: ["cold"],
    };
    const first = await post(body, { idem: "same" });
    expect(first.status).toBe(201);
    const ticket = await first.json();
    expect(ticket).toMatchObject({ status: "OPEN", priority: "HIGH" });
    const again = await post(body, { idem: "same" });
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await again.json()).code).toBe(ticket.code);
    const row = await t.db.ticket.findUniqueOrThrow({
      where: { code: ticket.code },
      include: { messages: true },
    });
    expect(row).toMatchObject({ source: "API", orderId: order.id, storeId: s.store.id });
    expect(row.messages.map((m) => m.body)).toEqual(["饭凉了"]);
  });

  it("answers bad input with problem documents naming the fields, never a 500", async () => {
    const empty = await post({ subject: "", message: "  " });
    expect(empty.status).toBe(422);
    const problem = await empty.json();
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      "message",
      "subject",
    ]);
    expect((await post({}, { raw: "{not json" })).status).toBe(400);
    expect((await post({ subject: "x", message: "y" }, { idem: null })).status).toBe(400);
    expect((await post({ subject: "x", message: "y", extra: 1 })).status).toBe(422);
  });

  it("treats another store's order as missing", async () => {
    const foreign = await createOrder(t.db, other.store.id);
    const res = await post({ subject: "x", message: "y", orderCode: foreign.code });
    expect(res.status).toBe(422);
    expect(await t.db.ticket.count({ where: { orderId: foreign.id } })).toBe(0);
  });
});
