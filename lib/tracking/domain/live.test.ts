import { describe, expect, it } from "vitest";
import { contextNeeds, isPublicOrderEvent } from "./live";

const ctx = { orderId: "o1", ticketIds: new Set(["t1"]), courierId: "c1" };

describe("which outbox events a tracking page may hear about", () => {
  it("keeps this order's changes, its tickets' public changes and its courier's moves", () => {
    expect(isPublicOrderEvent({ topic: "order.updated", payload: { orderId: "o1" } }, ctx)).toBe(
      true,
    );
    expect(isPublicOrderEvent({ topic: "ticket.created", payload: { id: "t1" } }, ctx)).toBe(true);
    expect(
      isPublicOrderEvent(
        { topic: "ticket.message", payload: { id: "t1", author: "AGENT", internal: false } },
        ctx,
      ),
    ).toBe(true);
    expect(
      isPublicOrderEvent({ topic: "courier.position", payload: { courierId: "c1" } }, ctx),
    ).toBe(true);
  });

  it("drops internal notes, other orders, tickets and couriers, and unrelated topics", () => {
    const drop = [
      { topic: "ticket.message", payload: { id: "t1", author: "AGENT", internal: true } },
      { topic: "order.updated", payload: { orderId: "o2" } },
      { topic: "order.created", payload: { code: "X" } },
      { topic: "ticket.updated", payload: { id: "t2" } },
      { topic: "courier.position", payload: { courierId: "c2" } },
      { topic: "dispatch.plan", payload: { plans: [{ orderId: "o1" }] } },
      { topic: "menu.updated", payload: null },
      { topic: "ticket.message", payload: "t1" },
    ];
    for (const event of drop) expect(isPublicOrderEvent(event, ctx), event.topic).toBe(false);
    const noCourier = { ...ctx, courierId: null };
    expect(
      isPublicOrderEvent({ topic: "courier.position", payload: { courierId: null } }, noCourier),
    ).toBe(false);
  });

  it("looks up tickets and the courier only when the batch needs them", () => {
    expect(contextNeeds([{ topic: "order.updated", payload: {} }])).toEqual({
      tickets: false,
      courier: false,
    });
    expect(
      contextNeeds([
        { topic: "ticket.message", payload: {} },
        { topic: "courier.position", payload: {} },
      ]),
    ).toEqual({ tickets: true, courier: true });
  });
});
