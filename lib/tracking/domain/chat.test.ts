import { describe, expect, it } from "vitest";
import { acceptsCustomerMessages, csatOpen, customerTicketOf } from "./chat";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 4, minutes));

describe("the customer's ticket of an order", () => {
  it("is the newest open ticket, even when a newer one is resolved", () => {
    const tickets = [
      { id: "old-open", status: "OPEN" as const, createdAt: at(1) },
      { id: "new-open", status: "PENDING_CUSTOMER" as const, createdAt: at(5) },
      { id: "newest-resolved", status: "RESOLVED" as const, createdAt: at(9) },
    ];
    expect(customerTicketOf(tickets)?.id).toBe("new-open");
  });

  it("is the newest ticket when none is open, and null without tickets", () => {
    const tickets = [
      { id: "a", status: "CLOSED" as const, createdAt: at(1) },
      { id: "b", status: "RESOLVED" as const, createdAt: at(3) },
    ];
    expect(customerTicketOf(tickets)?.id).toBe("b");
    expect(customerTicketOf([])).toBeNull();
  });
});

describe("what the customer may do", () => {
  it("writes to any ticket but a closed one", () => {
    expect(acceptsCustomerMessages("RESOLVED")).toBe(true);
    expect(acceptsCustomerMessages("CLOSED")).toBe(false);
  });

  it("gets the survey after resolution, once, and only after taking part", () => {
    const base = { csatAt: null, customerWrote: true };
    expect(csatOpen({ ...base, status: "OPEN" })).toBe(false);
    expect(csatOpen({ ...base, status: "PENDING_CUSTOMER" })).toBe(false);
    expect(csatOpen({ ...base, status: "RESOLVED" })).toBe(true);
    expect(csatOpen({ ...base, status: "CLOSED" })).toBe(true);
    expect(csatOpen({ ...base, status: "RESOLVED", csatAt: at(0) })).toBe(false);
    expect(csatOpen({ ...base, status: "RESOLVED", customerWrote: false })).toBe(false);
  });
});
