import { describe, expect, it } from "vitest";
import {
  findAttentionItems,
  type AttentionOrder,
  type AttentionStore,
  type AttentionWebhook,
} from "./rules";

const now = new Date("2026-03-02T04:00:00Z"); // Monday 12:00 in Shanghai
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

const order = (patch: Partial<AttentionOrder>): AttentionOrder => ({
  id: "o1",
  code: "S01-AAAA",
  storeId: "s1",
  status: "PLACED",
  version: 0,
  placedAt: ago(1),
  acceptedAt: null,
  readyAt: null,
  prepMinutes: 15,
  promisedAt: later(30),
  estimatedAt: null,
  courierId: null,
  ...patch,
});

const store = (patch: Partial<AttentionStore>): AttentionStore => ({
  id: "s1",
  code: "S01",
  status: "OPEN",
  pausedReason: null,
  updatedAt: ago(20),
  hours: [],
  ...patch,
});

const hook = (patch: Partial<AttentionWebhook>): AttentionWebhook => ({
  id: "w1",
  storeId: "s1",
  orderId: "o1",
  status: "RETRYING",
  attempts: 1,
  lastError: "timeout",
  createdAt: ago(10),
  ...patch,
});

const kinds = (input: Parameters<typeof findAttentionItems>[0]) =>
  findAttentionItems(input, now).map((i) => i.kind);
const none = { orders: [], stores: [], webhooks: [] };

describe("findAttentionItems", () => {
  it("flags an order not accepted within the limit, critical at twice the limit", () => {
    expect(kinds({ ...none, orders: [order({ placedAt: ago(1) })] })).toEqual([]);
    const [warn] = findAttentionItems({ ...none, orders: [order({ placedAt: ago(4) })] }, now);
    expect(warn).toMatchObject({ kind: "not_accepted", severity: "warning", since: ago(4) });
    const [crit] = findAttentionItems({ ...none, orders: [order({ placedAt: ago(7) })] }, now);
    expect(crit?.severity).toBe("critical");
    expect(crit?.target).toMatchObject({ type: "order", id: "o1", version: 0 });
  });

  it("flags prep overdue from acceptance plus prep minutes", () => {
    const accepted = { status: "PREPARING" as const, acceptedAt: ago(20), prepMinutes: 15 };
    const [item] = findAttentionItems({ ...none, orders: [order(accepted)] }, now);
    expect(item).toMatchObject({ kind: "prep_overdue", since: ago(5) });
    expect(kinds({ ...none, orders: [order({ ...accepted, prepMinutes: 30 })] })).toEqual([]);
  });

  it("flags a ready order without a courier after the grace period only", () => {
    const ready = { status: "READY" as const, acceptedAt: ago(20), readyAt: ago(3) };
    expect(kinds({ ...none, orders: [order(ready)] })).toEqual(["ready_no_courier"]);
    expect(kinds({ ...none, orders: [order({ ...ready, readyAt: ago(1) })] })).toEqual([]);
    expect(kinds({ ...none, orders: [order({ ...ready, courierId: "c1" })] })).toEqual([]);
  });

  it("flags a courier late to pick up a ready order, critical once the promise has passed", () => {
    const waiting = { status: "READY" as const, courierId: "c1", promisedAt: ago(-20) };
    expect(kinds({ ...none, orders: [order({ ...waiting, readyAt: ago(4) })] })).toEqual([]);
    const late = findAttentionItems(
      { ...none, orders: [order({ ...waiting, readyAt: ago(6) })] },
      now,
    );
    expect(late[0]).toMatchObject({
      kind: "courier_late_pickup",
      severity: "warning",
      since: ago(6),
    });
    const overdue = order({ ...waiting, readyAt: ago(30), promisedAt: ago(1) });
    expect(findAttentionItems({ ...none, orders: [overdue] }, now)[0]).toMatchObject({
      kind: "courier_late_pickup",
      severity: "critical",
    });
  });

  it("flags an ETA past the promise, and a passed promise as critical", () => {
    const out = { status: "PICKED_UP" as const, courierId: "c1" };
    const slipping = order({ ...out, estimatedAt: later(40), promisedAt: later(30) });
    expect(findAttentionItems({ ...none, orders: [slipping] }, now)[0]).toMatchObject({
      kind: "eta_slipping",
      severity: "warning",
    });
    const passed = order({ ...out, promisedAt: ago(2) });
    expect(findAttentionItems({ ...none, orders: [passed] }, now)[0]?.severity).toBe("critical");
    expect(
      kinds({ ...none, orders: [order({ ...out, status: "DELIVERED", promisedAt: ago(2) })] }),
    ).toEqual([]);
  });

  it("reports one problem per order, the most actionable", () => {
    const both = order({ placedAt: ago(50), promisedAt: ago(10) });
    expect(kinds({ ...none, orders: [both] })).toEqual(["not_accepted"]);
  });

  it("flags a store paused inside its opening hours, not outside them", () => {
    const lunch = [{ dayOfWeek: 1, opensAt: 600, closesAt: 840 }];
    const evening = [{ dayOfWeek: 1, opensAt: 1020, closesAt: 1320 }];
    expect(kinds({ ...none, stores: [store({ status: "PAUSED", hours: lunch })] })).toEqual([
      "store_paused",
    ]);
    expect(kinds({ ...none, stores: [store({ status: "PAUSED", hours: evening })] })).toEqual([]);
    expect(kinds({ ...none, stores: [store({ status: "BUSY" })] })).toEqual([]);
  });

  it("flags failed webhooks and those retried three times, not delivered ones", () => {
    expect(kinds({ ...none, webhooks: [hook({})] })).toEqual([]);
    expect(kinds({ ...none, webhooks: [hook({ attempts: 3 })] })).toEqual(["webhook_failing"]);
    expect(kinds({ ...none, webhooks: [hook({ status: "FAILED", attempts: 1 })] })).toEqual([
      "webhook_failing",
    ]);
    expect(kinds({ ...none, webhooks: [hook({ status: "DELIVERED", attempts: 4 })] })).toEqual([]);
  });

  it("sorts critical first, then oldest first", () => {
    const items = findAttentionItems(
      {
        orders: [order({ id: "a", placedAt: ago(4) }), order({ id: "b", placedAt: ago(9) })],
        stores: [],
        webhooks: [hook({ status: "FAILED", createdAt: ago(30) })],
      },
      now,
    );
    expect(items.map((i) => i.key)).toEqual(["webhook:w1", "order:b", "order:a"]);
  });
});

describe("low stock", () => {
  const now = new Date("2026-11-25T04:00:00Z");
  const stock = (qty: number) => ({
    kind: "ingredient" as const,
    id: `g${qty}`,
    storeId: "s1",
    name: "牛肉",
    qty,
    threshold: 2,
  });
  it("flags counted stock at or below its threshold, critical when nothing is left", () => {
    const items = findAttentionItems(
      { orders: [], stores: [], webhooks: [], stock: [stock(5), stock(2), stock(0)] },
      now,
    );
    expect(
      items.map((i) => [i.kind, i.severity, i.target.type === "stock" && i.target.qty]),
    ).toEqual([
      ["stock_low", "critical", 0],
      ["stock_low", "warning", 2],
    ]);
  });
});
