import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCourierToken } from "@/lib/seed/couriers";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { dispatchConfig } from "@/lib/dispatch/server/config";
import { runDispatchTick } from "@/lib/dispatch/server/tick";
import { runCourierTick, type CourierCall } from "./couriers";

type Handler = (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let t: TestDb;
let call: CourierCall;

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  const handlers: [RegExp, Handler][] = [
    [/^positions$/, (await import("@/app/api/v1/courier/positions/route")).POST as Handler],
    [
      /^orders\/([^/]+)\/pickup$/,
      (await import("@/app/api/v1/courier/orders/[id]/pickup/route")).POST as Handler,
    ],
    [
      /^orders\/([^/]+)\/deliver$/,
      (await import("@/app/api/v1/courier/orders/[id]/deliver/route")).POST as Handler,
    ],
  ];
  // The courier app's HTTP calls, served by the real route handlers in-process.
  call = async (token, path, body) => {
    for (const [pattern, handler] of handlers) {
      const m = pattern.exec(path);
      if (!m) continue;
      const request = new Request(`http://localhost/api/v1/courier/${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body ?? {}),
      });
      return (await handler(request, { params: Promise.resolve({ id: m[1] ?? "" }) })).status;
    }
    return 404;
  };
});
afterAll(() => t.cleanup());

describe("simulated couriers", () => {
  it("ride their planned route through the courier API and deliver the order", async () => {
    const start = Date.now() - 10 * 60_000;
    await t.db.courier.create({
      data: {
        code: "C01",
        name: "骑手",
        phone: "1",
        status: "AVAILABLE",
        apiTokenHash: createHash("sha256").update(demoCourierToken(42, "C01")).digest("hex"),
        lastLat: 31.205,
        lastLng: 121.44,
        lastPingAt: new Date(start - 60_000),
      },
    });
    const store = await createStore(t.db);
    const placed = await createOrder(t.db, store.id);
    await t.db.order.update({
      where: { id: placed.id },
      data: { status: "READY", acceptedAt: new Date(start), readyAt: new Date(start), lat: 31.201 },
    });
    const cfg = { ...dispatchConfig(), mode: "assign" as const };
    for (let k = 1; k <= 4; k++) {
      const now = new Date(start + k * 120_000);
      await runDispatchTick(t.db, cfg, now);
      await runCourierTick(t.db, { now, tickMs: 120_000, speedKmh: 18, seed: 42, call });
    }
    const order = await t.db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(order.status).toBe("DELIVERED");
    expect(await t.db.courierPosition.count()).toBeGreaterThanOrEqual(6);
    const courier = await t.db.courier.findFirstOrThrow({ where: { code: "C01" } });
    expect(courier.lastLat).toBeCloseTo(31.201, 4);
  });
});
