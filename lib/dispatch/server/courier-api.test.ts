import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { dispatchConfig } from "./config";
import { runDispatchTick } from "./tick";

type Handler = (r: Request, ctx: { params: Promise<{ id: string }> }) => Promise<Response>;
let t: TestDb;
const routes: Record<string, Handler> = {};
let storeId = "";
const riders: Record<string, { id: string; token: string }> = {};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString(
  "base64",
);

async function rider(code: string, lat: number) {
  const token = `wkc_test_${code}_0123456789`;
  const c = await t.db.courier.create({
    data: {
      code,
      name: code,
      phone: "13700000000",
      capacity: 3,
      apiTokenHash: createHash("sha256").update(token).digest("hex"),
      lastLat: lat,
      lastLng: 121.44,
      lastPingAt: new Date(Date.now() - 60_000),
    },
  });
  riders[code] = { id: c.id, token };
}

function call(path: string, code: string | null, body?: unknown, id = "") {
  const handler = routes[path];
  if (!handler) throw new Error(path);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (code) headers.authorization = `Bearer ${riders[code]?.token}`;
  const request = new Request(`http://localhost/api/v1/courier/${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers,
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve({ id }) });
}

async function readyOrder() {
  const o = await createOrder(t.db, storeId);
  return t.db.order.update({
    where: { id: o.id },
    data: { status: "READY", acceptedAt: new Date(), readyAt: new Date(), version: 2 },
  });
}

beforeAll(async () => {
  t = createTestDb();
  process.env.DATABASE_URL = t.url;
  storeId = (await createStore(t.db)).id;
  await rider("R1", 31.2);
  await rider("R2", 31.25);
  const load = async (path: string, mod: Promise<Record<string, unknown>>) => {
    const m = await mod;
    routes[path] = (m.POST ?? m.GET) as Handler;
  };
  await load("shift", import("@/app/api/v1/courier/shift/route"));
  await load("status", import("@/app/api/v1/courier/status/route"));
  await load("positions", import("@/app/api/v1/courier/positions/route"));
  await load("tasks", import("@/app/api/v1/courier/tasks/route"));
  await load("accept", import("@/app/api/v1/courier/offers/[id]/accept/route"));
  await load("decline", import("@/app/api/v1/courier/offers/[id]/decline/route"));
  await load("pickup", import("@/app/api/v1/courier/orders/[id]/pickup/route"));
  await load("deliver", import("@/app/api/v1/courier/orders/[id]/deliver/route"));
});
afterAll(() => t.cleanup());

const assign = { ...dispatchConfig(), mode: "assign" as const };
const offer = { ...dispatchConfig(), mode: "offer" as const };

describe("courier API", () => {
  it("refuses a missing or wrong token with a problem document", async () => {
    const res = await call("tasks", null);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await res.json()).code).toBe("unauthenticated");
  });

  it("drops pings from an off-shift courier, then judges a batch once on shift", async () => {
    const now = Date.now();
    const ping = (dt: number, lat = 31.2) => ({
      lat,
      lng: 121.44,
      recordedAt: new Date(now + dt).toISOString(),
    });
    const off = await (await call("positions", "R1", { pings: [ping(0)] })).json();
    expect(off).toEqual({ stored: 0, flagged: [], dropped: [{ index: 0, reason: "off_shift" }] });

    const start = await call("shift", "R1", { action: "start" });
    expect((await start.json()).status).toBe("AVAILABLE");
    expect(
      await t.db.courierShift.count({
        where: { courierId: riders.R1?.id, clockInAt: { not: null } },
      }),
    ).toBe(1);

    const res = await call("positions", "R1", {
      pings: [
        ping(-5_000, 31.2001),
        ping(-5_000, 31.2001),
        ping(-120_000),
        ping(-4_000, 31.9),
        ping(-3_000, 31.2002),
      ],
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stored).toBe(3);
    expect(body.flagged).toEqual([{ index: 3, reason: "impossible_jump" }]);
    expect(body.dropped).toEqual([
      { index: 1, reason: "duplicate" },
      { index: 2, reason: "out_of_order" },
    ]);
    const c = await t.db.courier.findUniqueOrThrow({ where: { id: riders.R1?.id } });
    expect(c.lastLat).toBe(31.2002);
    expect(
      await t.db.courierPosition.count({ where: { courierId: c.id, flagged: "impossible_jump" } }),
    ).toBe(1);
  });

  it("answers bad bodies with 400/422 naming the fields", async () => {
    const bad = await call("positions", "R1", "{not json");
    expect(bad.status).toBe(400);
    const invalid = await call("positions", "R1", {
      pings: [{ lat: 95, lng: 121, recordedAt: "yesterday" }],
    });
    expect(invalid.status).toBe(422);
    const fields = ((await invalid.json()).errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["pings.0.lat", "pings.0.recordedAt"]));
  });

  it("auto-assigns a ready order with an explanation, and walks it to delivered", async () => {
    await call("shift", "R2", { action: "start" });
    const order = await readyOrder();
    const tick = await runDispatchTick(t.db, assign);
    expect(tick.assigned).toBe(1);
    const row = await t.db.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { assignments: true },
    });
    expect(row.courierId).toBe(riders.R1?.id);
    const why = JSON.parse(row.assignments[0]?.explanation ?? "{}");
    expect(why).toMatchObject({ kind: "auto", chosen: { courierCode: "R1" }, considered: 2 });
    expect(why.alternatives[0]).toMatchObject({ courierCode: "R2" });
    // Stored facts only: the UI words them in the viewer's language.
    expect(why).not.toHaveProperty("summary");
    const { findCourierPlans } = await import("./plans");
    const plans = await findCourierPlans({}, t.db);
    expect(plans.find((p) => p.courierId === riders.R1?.id)?.stops.map((s) => s.kind)).toEqual([
      "PICKUP",
      "DROPOFF",
    ]);

    const tasks = await (await call("tasks", "R1")).json();
    expect(tasks.tasks.map((x: { orderId: string }) => x.orderId)).toEqual([order.id]);
    expect(tasks.plan).toHaveLength(2);

    const other = await call("pickup", "R2", {}, order.id);
    expect(other.status).toBe(404);
    const badPhoto = await call(
      "pickup",
      "R1",
      { photo: { contentType: "image/png", data: "aGVsbG8=" } },
      order.id,
    );
    expect(badPhoto.status).toBe(422);
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("READY");

    const picked = await call(
      "pickup",
      "R1",
      { photo: { contentType: "image/png", data: PNG } },
      order.id,
    );
    expect(picked.status).toBe(200);
    expect(await picked.json()).toMatchObject({
      status: "PICKED_UP",
      courierStatus: "TO_DROPOFF",
      proof: true,
    });
    const endWithFood = await call("shift", "R1", { action: "end" });
    expect(endWithFood.status).toBe(409);
    const delivered = await call("deliver", "R1", {}, order.id);
    expect(await delivered.json()).toMatchObject({
      status: "DELIVERED",
      courierStatus: "AVAILABLE",
    });
    const after = await t.db.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { events: true, assignments: { include: { proofs: true } } },
    });
    expect(after.events.map((e) => e.type)).toEqual(expect.arrayContaining(["pick_up", "deliver"]));
    expect(after.assignments[0]?.status).toBe("COMPLETED");
    expect(after.assignments[0]?.proofs.map((p) => p.kind)).toEqual(["PICKUP"]);
  });

  it("refuses a pickup before the food is ready", async () => {
    const order = await readyOrder();
    await t.db.order.update({ where: { id: order.id }, data: { status: "PREPARING" } });
    await runDispatchTick(t.db, assign);
    const row = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    const res = await call("pickup", row.courierId === riders.R1?.id ? "R1" : "R2", {}, order.id);
    expect(res.status).toBe(409);
    await t.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
  });

  it("re-offers a declined order to another courier", async () => {
    const order = await readyOrder();
    await runDispatchTick(t.db, offer);
    const first = await t.db.deliveryAssignment.findFirstOrThrow({
      where: { orderId: order.id, status: "OFFERED" },
    });
    const firstCode = first.courierId === riders.R1?.id ? "R1" : "R2";
    const offers = await (await call("tasks", firstCode)).json();
    expect(offers.offers.map((o: { assignmentId: string }) => o.assignmentId)).toEqual([first.id]);
    expect((await call("decline", firstCode, { reason: "x".repeat(201) }, first.id)).status).toBe(
      422,
    );
    expect((await call("decline", firstCode, { reason: " 电瓶没电了 " }, first.id)).status).toBe(
      200,
    );
    const declined = await t.db.deliveryAssignment.findUniqueOrThrow({ where: { id: first.id } });
    expect(declined).toMatchObject({ status: "DECLINED", declineReason: "电瓶没电了" });
    expect((await call("accept", firstCode, {}, first.id)).status).toBe(409);
    await runDispatchTick(t.db, offer);
    const second = await t.db.deliveryAssignment.findFirstOrThrow({
      where: { orderId: order.id, status: "OFFERED" },
    });
    expect(second.courierId).not.toBe(first.courierId);
    const secondCode = firstCode === "R1" ? "R2" : "R1";
    expect((await call("accept", secondCode, {}, second.id)).status).toBe(200);
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).courierId).toBe(
      second.courierId,
    );
    await t.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
  });

  it("moves unpicked orders off a courier who takes a break", async () => {
    const order = await readyOrder();
    await runDispatchTick(t.db, assign);
    const holder = (await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).courierId;
    const code = holder === riders.R1?.id ? "R1" : "R2";
    expect((await call("status", code, { status: "BREAK" })).status).toBe(200);
    await runDispatchTick(t.db, assign);
    const moved = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(moved.courierId).not.toBe(holder);
    expect(moved.courierId).not.toBeNull();
    await call("status", code, { status: "AVAILABLE" });
    await t.db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
  });
});
