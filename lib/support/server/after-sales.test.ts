import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor, createOrder, createStore } from "@/lib/testing/fixtures";
import { type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import { decideApproval } from "@/lib/approvals/server/decide";
import { takeAfterSalesAction } from "./after-sales";
import { openTicket } from "./open-ticket";
import { replyToTicket } from "./conversation";
import { updateTicket } from "./triage";

let t: TestDb;
let storeId: string;
let agent: Actor;
let supervisor: Actor;
const NOW = new Date("2026-11-25T04:00:00Z");

/** A delivered ¥100 order (two lines of ¥45, ¥10 fees) with a help ticket on it. */
async function deliveredOrderTicket() {
  const order = await createOrder(t.db, storeId, NOW);
  await t.db.order.update({
    where: { id: order.id },
    data: {
      status: "DELIVERED",
      deliveredAt: NOW,
      subtotalCents: 9_000,
      deliveryFeeCents: 900,
      totalCents: 10_000,
    },
  });
  await t.db.orderItem.updateMany({
    where: { orderId: order.id },
    data: { quantity: 2, unitPriceCents: 4_500, lineTotalCents: 9_000 },
  });
  const item = await t.db.orderItem.findFirstOrThrow({ where: { orderId: order.id } });
  const ticket = await t.db.$transaction((tx) =>
    openTicket(
      tx,
      {
        source: "TRACKING_PAGE",
        subject: "late",
        orderId: order.id,
        storeId,
        message: { authorType: "CUSTOMER", body: "where?" },
      },
      NOW,
    ),
  );
  return { order, item, ticket };
}

beforeAll(async () => {
  t = createTestDb();
  storeId = (await createStore(t.db)).id;
  agent = await createActor(t.db, "SUPPORT_AGENT");
  supervisor = await createActor(t.db, "SUPERVISOR");
});
afterAll(() => t.cleanup());

describe("after-sales refunds", () => {
  it("lets an agent refund one item (¥45) alone, on the order and on the ticket", async () => {
    const { order, item, ticket } = await deliveredOrderTicket();
    const r = await takeAfterSalesAction(
      t.db,
      agent,
      {
        kind: "REFUND",
        ticketId: ticket.id,
        reasonCode: "missing_item",
        bearer: "STORE",
        items: [{ orderItemId: item.id, quantity: 1 }],
      },
      NOW,
    );
    expect(r).toMatchObject({ status: "DONE", amountCents: 4_500 });
    const after = await t.db.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { refunds: true },
    });
    expect(after.refundedCents).toBe(4_500);
    expect(after.refunds[0]?.ticketId).toBe(ticket.id);
    const notes = await t.db.ticketMessage.findMany({
      where: { ticketId: ticket.id, authorType: "SYSTEM" },
    });
    expect(notes.map((n) => n.body).join()).toContain("¥45.00");
  });

  it("queues an agent's refund above ¥50 for a second person, who carries it out on approval", async () => {
    const { order, ticket } = await deliveredOrderTicket();
    const r = await takeAfterSalesAction(
      t.db,
      agent,
      {
        kind: "REFUND",
        ticketId: ticket.id,
        reasonCode: "food_quality",
        bearer: "STORE",
        items: null,
      },
      NOW,
    );
    expect(r).toMatchObject({ status: "PENDING_APPROVAL", amountCents: 10_000 });
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents).toBe(0);
    // A second request for the same ticket waits behind the first.
    expect(
      await errorCodeOf(
        takeAfterSalesAction(
          t.db,
          agent,
          {
            kind: "REFUND",
            ticketId: ticket.id,
            reasonCode: "food_quality",
            bearer: "STORE",
            items: null,
          },
          NOW,
        ),
      ),
    ).toBe("conflict");
    const approval = await t.db.approvalRequest.findFirstOrThrow({
      where: { subjectId: ticket.id },
    });
    expect(
      await errorCodeOf(
        decideApproval(t.db, agent, { id: approval.id, decision: "APPROVE", note: "" }),
      ),
    ).toBe("forbidden");
    await decideApproval(t.db, supervisor, { id: approval.id, decision: "APPROVE", note: "" });
    const after = await t.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after).toMatchObject({ refundedCents: 10_000, status: "REFUNDED" });
    expect(
      await t.db.supportAction.findFirstOrThrow({ where: { ticketId: ticket.id } }),
    ).toMatchObject({ status: "DONE" });
  });

  it("refuses a refund of more than is left, leaving nothing half-done", async () => {
    const { order, item, ticket } = await deliveredOrderTicket();
    const code = await errorCodeOf(
      takeAfterSalesAction(
        t.db,
        agent,
        {
          kind: "REFUND",
          ticketId: ticket.id,
          reasonCode: "missing_item",
          bearer: "STORE",
          items: [{ orderItemId: item.id, quantity: 3 }],
        },
        NOW,
      ),
    );
    expect(code).toBe("validation");
    expect(await t.db.supportAction.count({ where: { orderId: order.id } })).toBe(0);
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents).toBe(0);
  });

  it("refuses actions on a ticket another agent just closed", async () => {
    const { ticket, order, item } = await deliveredOrderTicket();
    const row = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    await updateTicket(
      t.db,
      supervisor,
      { ticketId: ticket.id, version: row.version, status: "CLOSED" },
      NOW,
    );
    const snapshot = async () => ({
      ticket: await t.db.ticket.findUniqueOrThrow({
        where: { id: ticket.id },
        select: { status: true, version: true, priority: true, assigneeId: true },
      }),
      messages: await t.db.ticketMessage.count({ where: { ticketId: ticket.id } }),
      actions: await t.db.supportAction.count({ where: { ticketId: ticket.id } }),
      refunds: await t.db.refund.count({ where: { orderId: order.id } }),
      refunded: (await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents,
    });
    const before = await snapshot();
    expect(before.ticket.status).toBe("CLOSED");
    expect(
      await errorCodeOf(
        takeAfterSalesAction(
          t.db,
          agent,
          {
            kind: "COUPON",
            ticketId: ticket.id,
            reasonCode: "goodwill",
            bearer: "PLATFORM",
            amountCents: 500,
          },
          NOW,
        ),
      ),
    ).toBe("conflict");
    expect(
      await errorCodeOf(
        replyToTicket(
          t.db,
          agent,
          {
            ticketId: ticket.id,
            version: row.version,
            body: "hi",
            internal: false,
            attachments: [],
          },
          NOW,
        ),
      ),
    ).toBe("conflict");
    expect(
      await errorCodeOf(
        takeAfterSalesAction(
          t.db,
          agent,
          {
            kind: "REFUND",
            ticketId: ticket.id,
            reasonCode: "missing_item",
            bearer: "STORE",
            items: [{ orderItemId: item.id, quantity: 1 }],
          },
          NOW,
        ),
      ),
    ).toBe("conflict");
    // the stale form's other controls: a priority change, even with the fresh version
    expect(
      await errorCodeOf(
        updateTicket(
          t.db,
          agent,
          { ticketId: ticket.id, version: before.ticket.version, priority: "LOW" },
          NOW,
        ),
      ),
    ).toBe("conflict");
    expect(await snapshot()).toEqual(before);
  });
});

describe("replies", () => {
  it("stops the first-response clock and hands the ball to the customer", async () => {
    const { ticket } = await deliveredOrderTicket();
    const row = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    await replyToTicket(
      t.db,
      agent,
      {
        ticketId: ticket.id,
        version: row.version,
        body: "<b>on it</b>",
        internal: false,
        attachments: [],
        then: "PENDING_CUSTOMER",
      },
      new Date(NOW.getTime() + 60_000),
    );
    const after = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after).toMatchObject({
      status: "PENDING_CUSTOMER",
      awaitingSince: null,
      resolutionDueAt: null,
    });
    expect(after.firstRespondedAt?.getTime()).toBe(NOW.getTime() + 60_000);
    expect(after.pendingSince?.getTime()).toBe(NOW.getTime() + 60_000);
  });

  it("refuses a script disguised as an image, and a stale version", async () => {
    const { ticket } = await deliveredOrderTicket();
    const row = await t.db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const fake = {
      name: "x.png",
      dataBase64: Buffer.from("<script>alert(1)</script>").toString("base64"),
    };
    expect(
      await errorCodeOf(
        replyToTicket(
          t.db,
          agent,
          {
            ticketId: ticket.id,
            version: row.version,
            body: "see",
            internal: false,
            attachments: [fake],
          },
          NOW,
        ),
      ),
    ).toBe("validation");
    expect(
      await errorCodeOf(
        replyToTicket(
          t.db,
          agent,
          {
            ticketId: ticket.id,
            version: row.version + 5,
            body: "see",
            internal: false,
            attachments: [],
          },
          NOW,
        ),
      ),
    ).toBe("conflict");
    expect(await t.db.ticketMessage.count({ where: { ticketId: ticket.id } })).toBe(1);
  });
});
