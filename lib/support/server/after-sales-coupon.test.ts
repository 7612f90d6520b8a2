import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createActor } from "@/lib/testing/fixtures";
import { type Actor } from "@/lib/platform/actor";
import { errorCodeOf } from "@/lib/testing/errors";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import { cancelApproval, decideApproval } from "@/lib/approvals/server/decide";
import { takeAfterSalesAction } from "./after-sales";
import { openTicket } from "./open-ticket";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;
let agent: Actor;
let supervisor: Actor;
const NOW = new Date("2026-11-24T04:30:00Z");
const LATER = new Date("2026-11-26T04:30:00Z");
let phoneSeq = 0;

const orderBody = (phone: string, extra: object = {}) => ({
  customer: { name: "李雷", phone },
  address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
  items: [{ itemId: s.noodles.id, quantity: 2, optionIds: [] }],
  ...extra,
});

/** A delivered channel order (¥60: 2 × ¥28 + ¥4 fee) with a customer's help ticket. */
async function deliveredOrderTicket() {
  const phone = `1370000${String(++phoneSeq).padStart(4, "0")}`;
  const placed = await placeChannelOrder(t.db, principal, orderBody(phone), { now: NOW });
  const order = await t.db.order.update({
    where: { code: placed.code },
    data: { status: "DELIVERED", deliveredAt: NOW },
  });
  const ticket = await t.db.$transaction((tx) =>
    openTicket(
      tx,
      {
        source: "TRACKING_PAGE",
        subject: "cold food",
        orderId: order.id,
        storeId: s.store.id,
        message: { authorType: "CUSTOMER", body: "the noodles were cold" },
      },
      NOW,
    ),
  );
  return { order, ticket, phone };
}

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "CP1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
  agent = await createActor(t.db, "SUPPORT_AGENT");
  supervisor = await createActor(t.db, "SUPERVISOR");
});
afterAll(() => t.cleanup());

describe("compensation coupon", () => {
  it("issues a real single-use coupon to the customer that the next order redeems", async () => {
    const { order, ticket, phone } = await deliveredOrderTicket();
    const r = await takeAfterSalesAction(
      t.db,
      agent,
      {
        kind: "COUPON",
        ticketId: ticket.id,
        reasonCode: "late_delivery",
        bearer: "PLATFORM",
        amountCents: 800,
      },
      NOW,
    );
    expect(r).toMatchObject({ status: "DONE", amountCents: 800 });
    const code = r.couponCode ?? "";
    const coupon = await t.db.coupon.findUniqueOrThrow({
      where: { code },
      include: { campaign: true, customer: true },
    });
    expect(coupon.customer?.phone).toBe(phone);
    expect(coupon).toMatchObject({ maxUses: 1, usedCount: 0 });
    expect(coupon.campaign).toMatchObject({ type: "COUPON", status: "LIVE", storeSharePct: 0 });
    // The code is on the ticket and on the order's timeline.
    const note = await t.db.ticketMessage.findFirstOrThrow({
      where: { ticketId: ticket.id, authorType: "SYSTEM" },
    });
    expect(note.body).toContain(code);
    const event = await t.db.orderEvent.findFirstOrThrow({
      where: { orderId: order.id, type: "support_coupon" },
    });
    expect(event.data).toContain(code);

    // Intake takes ¥8 off the customer's next order with it, and it cannot be used twice.
    const next = await placeChannelOrder(
      t.db,
      principal,
      orderBody(phone, { couponCode: code.toLowerCase() }),
      { now: LATER },
    );
    expect(next.discountCents).toBe(800);
    expect(
      await errorCodeOf(
        placeChannelOrder(t.db, principal, orderBody(phone, { couponCode: code }), {
          now: LATER,
        }),
      ),
    ).toBe("validation");
    // Another customer cannot use someone's compensation coupon.
    const { ticket: t2 } = await deliveredOrderTicket();
    const r2 = await takeAfterSalesAction(
      t.db,
      agent,
      {
        kind: "COUPON",
        ticketId: t2.id,
        reasonCode: "goodwill",
        bearer: "STORE",
        amountCents: 800,
      },
      NOW,
    );
    expect(
      await errorCodeOf(
        placeChannelOrder(
          t.db,
          principal,
          orderBody("13911112222", { couponCode: r2.couponCode }),
          {
            now: LATER,
          },
        ),
      ),
    ).toBe("validation");
  });
});

describe("rejected approvals", () => {
  it("marks the waiting refund rejected, with the supervisor's note on the ticket", async () => {
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
    expect(r.status).toBe("PENDING_APPROVAL");
    const approval = await t.db.approvalRequest.findFirstOrThrow({
      where: { subjectId: ticket.id },
    });
    await decideApproval(t.db, supervisor, {
      id: approval.id,
      decision: "REJECT",
      note: "photo shows a full meal",
    });
    const action = await t.db.supportAction.findUniqueOrThrow({ where: { id: r.actionId } });
    expect(action.status).toBe("REJECTED");
    const notes = await t.db.ticketMessage.findMany({
      where: { ticketId: ticket.id, authorType: "SYSTEM" },
      orderBy: { createdAt: "asc" },
    });
    expect(notes.at(-1)?.body).toContain("photo shows a full meal");
    expect(notes.at(-1)?.body).toContain("rejected");
    expect((await t.db.order.findUniqueOrThrow({ where: { id: order.id } })).refundedCents).toBe(0);
    // Nothing is pending any more, so a new request for the ticket may be made.
    const again = await takeAfterSalesAction(
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
    expect(again.status).toBe("PENDING_APPROVAL");
  });

  it("marks a withdrawn compensation rejected and issues no coupon", async () => {
    const { ticket } = await deliveredOrderTicket();
    const r = await takeAfterSalesAction(
      t.db,
      agent,
      {
        kind: "COUPON",
        ticketId: ticket.id,
        reasonCode: "goodwill",
        bearer: "PLATFORM",
        amountCents: 5_500,
      },
      NOW,
    );
    expect(r.status).toBe("PENDING_APPROVAL");
    const coupons = await t.db.coupon.count();
    const approval = await t.db.approvalRequest.findFirstOrThrow({
      where: { subjectId: ticket.id, status: "PENDING" },
    });
    await cancelApproval(t.db, agent, approval.id);
    expect((await t.db.supportAction.findUniqueOrThrow({ where: { id: r.actionId } })).status).toBe(
      "REJECTED",
    );
    expect(await t.db.coupon.count()).toBe(coupons);
  });
});
