import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorStatusOf } from "@/lib/testing/errors";
import { createOrder, createStore } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { helpRequestSchema } from "../schemas";
import { requestHelp } from "./help";
import { readPublicBody } from "./public-body";

let t: TestDb;
let storeId = "";

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
});
afterAll(() => t.cleanup());

const post = (body: string) =>
  new Request("http://x/track/t/help", {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });

describe("help from the tracking page", () => {
  it("opens one ticket, then adds a second request to it", async () => {
    const order = await createOrder(t.db, storeId);
    const now = new Date("2026-11-25T04:00:00Z");
    const first = await requestHelp(
      t.db,
      order.trackingToken,
      { reason: "late", message: "还没到" },
      now,
    );
    const second = await requestHelp(t.db, order.trackingToken, {
      reason: "other",
      message: "还是没到",
    });
    expect(first.created).toBe(true);
    expect(second).toEqual({ ticketCode: first.ticketCode, created: false });
    expect(first.ticketCode).toMatch(/^T\d+$/);
    const tickets = await t.db.ticket.findMany({
      where: { orderId: order.id },
      include: { messages: { orderBy: { createdAt: "asc" } } },
    });
    expect(tickets).toHaveLength(1);
    const [ticket] = tickets;
    expect(ticket?.source).toBe("TRACKING_PAGE");
    expect(ticket?.priority).toBe("HIGH");
    expect(ticket?.storeId).toBe(storeId);
    expect(ticket?.firstResponseDueAt?.getTime()).toBe(now.getTime() + 10 * 60_000);
    expect(ticket?.resolutionDueAt?.getTime()).toBe(now.getTime() + 4 * 3_600_000);
    expect(ticket?.messages.map((m) => [m.authorType, m.body])).toEqual([
      ["CUSTOMER", "还没到"],
      ["CUSTOMER", "还是没到"],
    ]);
  });

  it("refuses a sixth request within the hour", async () => {
    const order = await createOrder(t.db, storeId);
    for (let i = 0; i < 5; i++) {
      await requestHelp(t.db, order.trackingToken, { reason: "other", message: `#${i}` });
    }
    const sixth = requestHelp(t.db, order.trackingToken, { reason: "other", message: "#6" });
    expect(await errorStatusOf(sixth)).toBe(429);
  });

  it("is a plain 404 for an unknown or near-miss token, and writes nothing", async () => {
    const order = await createOrder(t.db, storeId);
    const input = { reason: "late", message: "hi" } as const;
    expect(await errorStatusOf(requestHelp(t.db, "A".repeat(22), input))).toBe(404);
    expect(await errorStatusOf(requestHelp(t.db, order.trackingToken.slice(0, -1), input))).toBe(
      404,
    );
    expect(await t.db.ticket.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("answers bad bodies with 4xx: malformed JSON, unknown reason, empty or huge message", async () => {
    const body = (v: unknown) => post(JSON.stringify(v));
    expect(await errorStatusOf(readPublicBody(post("{"), helpRequestSchema))).toBe(400);
    const badReason = body({ reason: "cold", message: "x" });
    expect(await errorStatusOf(readPublicBody(badReason, helpRequestSchema))).toBe(422);
    const empty = body({ reason: "late", message: "  " });
    expect(await errorStatusOf(readPublicBody(empty, helpRequestSchema))).toBe(422);
    const huge = body({ reason: "late", message: "x".repeat(5000) });
    expect(await errorStatusOf(readPublicBody(huge, helpRequestSchema))).toBe(413);
  });
});
