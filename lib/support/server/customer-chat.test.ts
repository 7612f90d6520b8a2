import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/platform/actor";
import { errorStatusOf } from "@/lib/testing/errors";
import { createOrder, createStore, createUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { requestHelp } from "@/lib/tracking/server/help";
import { getTrackingView } from "@/lib/tracking/server/queries";
import { replyToTicket } from "./conversation";
import { answerCsat } from "./customer-csat";
import { sendCustomerMessage } from "./customer-chat";
import { takeAfterSalesAction } from "./after-sales";

let t: TestDb;
let storeId = "";
let agent: Actor;
const NOW = new Date("2026-11-25T04:00:00Z");
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  const user = await createUser(t.db, { role: "SUPPORT_AGENT" });
  const loaded = await loadActor(t.db, { userId: user.id, sessionVersion: user.sessionVersion });
  if (!loaded) throw new Error("actor expected");
  agent = loaded;
});
afterAll(() => t.cleanup());

/** A delivered order whose customer asked for help; returns its token and ticket. */
async function orderWithHelp(message = "少了一份饮料") {
  const order = await createOrder(t.db, storeId, NOW);
  await t.db.order.update({
    where: { id: order.id },
    data: { status: "DELIVERED", deliveredAt: NOW },
  });
  const help = await requestHelp(
    t.db,
    order.trackingToken,
    { reason: "missing_item", message },
    NOW,
  );
  const ticket = await t.db.ticket.findUniqueOrThrow({ where: { code: help.ticketCode } });
  return { order, token: order.trackingToken, ticket };
}

const version = async (id: string) =>
  (await t.db.ticket.findUniqueOrThrow({ where: { id } })).version;

async function reply(ticketId: string, body: string, internal = false, then?: "RESOLVED") {
  await replyToTicket(
    t.db,
    agent,
    { ticketId, version: await version(ticketId), body, internal, attachments: [], then },
    later(2),
  );
}

describe("customer chat on the tracking page", () => {
  it("shows no conversation before the customer asks for help, and refuses a message", async () => {
    const order = await createOrder(t.db, storeId, NOW);
    expect((await getTrackingView(t.db, order.trackingToken))?.support).toBeNull();
    const send = sendCustomerMessage(t.db, order.trackingToken, { message: "hello" });
    expect(await errorStatusOf(send)).toBe(409);
    expect(await t.db.ticketMessage.count({ where: { ticket: { orderId: order.id } } })).toBe(0);
  });

  it("shows public messages in order, never internal notes, and stores the customer's reply", async () => {
    const { token, ticket } = await orderWithHelp();
    await reply(ticket.id, "正在为您核实");
    await reply(ticket.id, "客户上周也投诉过", true);
    const sent = await sendCustomerMessage(
      t.db,
      token,
      { message: "<script>alert(1)</script>" },
      later(3),
    );
    expect(sent.ticketCode).toBe(ticket.code);

    const support = (await getTrackingView(t.db, token))?.support;
    expect(support?.ticketCode).toBe(ticket.code);
    expect(support?.messages.map((m) => [m.from, m.body])).toEqual([
      ["customer", "少了一份饮料"],
      ["agent", "正在为您核实"],
      ["customer", "<script>alert(1)</script>"],
    ]);
    expect(JSON.stringify(support)).not.toContain("上周");
    // the customer's message is back with the agents: open, waiting for the next response
    const after = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after.status).toBe("OPEN");
    expect(after.awaitingSince?.getTime()).toBe(later(3).getTime());
    const stored = await t.db.ticketMessage.findUniqueOrThrow({ where: { id: sent.messageId } });
    expect(stored).toMatchObject({ authorType: "CUSTOMER", internal: false });
    const live = await t.db.liveEvent.findMany({ where: { topic: "ticket.message" } });
    expect(live.some((e) => e.payload.includes(sent.messageId))).toBe(true);
  });

  it("is scoped by token: another order's token never sees or writes this conversation", async () => {
    const mine = await orderWithHelp("我的问题");
    const other = await createOrder(t.db, storeId, NOW);
    expect((await getTrackingView(t.db, other.trackingToken))?.support).toBeNull();
    const wrong = sendCustomerMessage(t.db, other.trackingToken, { message: "x" });
    expect(await errorStatusOf(wrong)).toBe(409);
    const unknown = sendCustomerMessage(t.db, "Z".repeat(22), { message: "x" });
    expect(await errorStatusOf(unknown)).toBe(404);
    const nearMiss = sendCustomerMessage(t.db, mine.token.slice(0, -1), { message: "x" });
    expect(await errorStatusOf(nearMiss)).toBe(404);
    expect(await t.db.ticketMessage.count({ where: { ticketId: mine.ticket.id } })).toBe(1);
  });

  it("refuses messages past the hourly limit and on a closed ticket", async () => {
    const { token, ticket } = await orderWithHelp();
    for (let i = 1; i < 20; i++) await sendCustomerMessage(t.db, token, { message: `#${i}` }, NOW);
    expect(await errorStatusOf(sendCustomerMessage(t.db, token, { message: "#21" }, NOW))).toBe(
      429,
    );
    expect(await t.db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(20);

    const closed = await orderWithHelp();
    await t.db.ticket.update({ where: { id: closed.ticket.id }, data: { status: "CLOSED" } });
    const view = await getTrackingView(t.db, closed.token);
    expect(view?.support?.canWrite).toBe(false);
    expect(await errorStatusOf(sendCustomerMessage(t.db, closed.token, { message: "x" }))).toBe(
      409,
    );
  });
});

describe("refunds and the survey on the tracking page", () => {
  it("shows an item-level refund with its dish, amount and time", async () => {
    const { order, token, ticket } = await orderWithHelp();
    // two bowls of ¥15: refunding one is a partial refund of ¥15
    const item = await t.db.orderItem.update({
      where: { id: (await t.db.orderItem.findFirstOrThrow({ where: { orderId: order.id } })).id },
      data: { quantity: 2, unitPriceCents: 1_500 },
    });
    await takeAfterSalesAction(
      t.db,
      agent,
      {
        kind: "REFUND",
        ticketId: ticket.id,
        reasonCode: "missing_item",
        bearer: "STORE",
        items: [{ orderItemId: item.id, quantity: 1 }],
      },
      later(4),
    );
    const refunds = (await getTrackingView(t.db, token))?.refunds;
    expect(refunds).toEqual([
      {
        id: expect.any(String),
        amountCents: 1_500,
        at: later(4).toISOString(),
        items: [{ nameZh: "牛肉面", nameEn: "Beef noodles", quantity: 1 }],
      },
    ]);
  });

  it("takes one answer after resolution, refuses a second and one before resolution", async () => {
    const { token, ticket } = await orderWithHelp();
    const early = answerCsat(t.db, token, { score: 5 });
    expect(await errorStatusOf(early)).toBe(409);
    expect((await getTrackingView(t.db, token))?.support?.csatOpen).toBe(false);

    await reply(ticket.id, "已为您补送", false, "RESOLVED");
    expect((await getTrackingView(t.db, token))?.support?.csatOpen).toBe(true);
    const first = await answerCsat(t.db, token, { score: 4, comment: "很快" }, later(10));
    expect(first).toEqual({ ticketCode: ticket.code, score: 4 });
    expect(await errorStatusOf(answerCsat(t.db, token, { score: 1 }))).toBe(409);

    const stored = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(stored).toMatchObject({ csatScore: 4, csatComment: "很快", status: "RESOLVED" });
    expect(stored.csatAt?.getTime()).toBe(later(10).getTime());
    const support = (await getTrackingView(t.db, token))?.support;
    expect(support).toMatchObject({ csatOpen: false, csat: { score: 4, comment: "很快" } });
  });

  it("does not survey a ticket the customer never wrote in, nor an unknown token", async () => {
    const order = await createOrder(t.db, storeId, NOW);
    const ticket = await t.db.ticket.create({
      data: {
        code: `T${Date.now()}999`,
        source: "ORDER_EXCEPTION",
        subject: "late",
        orderId: order.id,
        storeId,
        status: "RESOLVED",
      },
    });
    expect((await getTrackingView(t.db, order.trackingToken))?.support?.csatOpen).toBe(false);
    expect(await errorStatusOf(answerCsat(t.db, order.trackingToken, { score: 3 }))).toBe(409);
    expect(await errorStatusOf(answerCsat(t.db, "Q".repeat(22), { score: 3 }))).toBe(404);
    const unchanged = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(unchanged.csatScore).toBeNull();
  });

  it("follows a ticket merged into another one", async () => {
    const a = await orderWithHelp("第一次");
    const b = await orderWithHelp("第二次");
    await t.db.ticket.update({ where: { id: b.ticket.id }, data: { customerId: null } });
    await t.db.ticketMessage.updateMany({
      where: { ticketId: b.ticket.id },
      data: { ticketId: a.ticket.id },
    });
    await t.db.ticket.update({
      where: { id: b.ticket.id },
      data: { status: "CLOSED", mergedIntoId: a.ticket.id },
    });
    const support = (await getTrackingView(t.db, b.token))?.support;
    expect(support?.ticketCode).toBe(a.ticket.code);
    expect(support?.messages.map((m) => m.body)).toEqual(["第一次", "第二次"]);
  });
});
