import { describe, expect, it } from "vitest";
import {
  addBusinessTime,
  businessTimeBetween,
  DEFAULT_BUSINESS_HOURS,
  isStaffed,
} from "./business-hours";
import { ticketSla, type SlaTicket } from "./sla";

const H = DEFAULT_BUSINESS_HOURS; // 09:00–23:00 UTC+8 = 01:00–15:00 UTC
const at = (iso: string) => new Date(iso);

function ticket(extra: Partial<SlaTicket> = {}): SlaTicket {
  return {
    priority: "HIGH",
    status: "OPEN",
    createdAt: at("2026-11-25T04:00:00Z"),
    firstRespondedAt: null,
    awaitingSince: at("2026-11-25T04:00:00Z"),
    pausedMs: 0,
    pendingSince: null,
    ...extra,
  };
}

describe("business hours", () => {
  it("runs the clock only while the desk is staffed", () => {
    // 22:50 local + 30 staffed minutes = 10 before close, 20 after 09:00 next day
    const due = addBusinessTime(at("2026-11-25T14:50:00Z"), 30 * 60_000, H);
    expect(due.toISOString()).toBe("2026-11-26T01:20:00.000Z");
  });

  it("starts a ticket opened at night at opening time", () => {
    const due = addBusinessTime(at("2026-11-25T18:00:00Z"), 10 * 60_000, H);
    expect(due.toISOString()).toBe("2026-11-26T01:10:00.000Z");
    expect(isStaffed(at("2026-11-25T18:00:00Z"), H)).toBe(false);
  });

  it("counts staffed time between instants across a night", () => {
    const ms = businessTimeBetween(at("2026-11-25T14:00:00Z"), at("2026-11-26T02:00:00Z"), H);
    expect(ms).toBe(2 * 3_600_000);
  });

  it("treats an empty schedule as always staffed", () => {
    const hours = { utcOffsetMinutes: 0, windows: [] };
    expect(addBusinessTime(at("2026-11-25T00:00:00Z"), 60_000, hours).toISOString()).toBe(
      "2026-11-25T00:01:00.000Z",
    );
  });
});

describe("ticket SLA", () => {
  it("gives urgent tickets tighter deadlines than normal ones", () => {
    const now = at("2026-11-25T04:01:00Z");
    const urgent = ticketSla(ticket({ priority: "URGENT" }), now, H);
    const normal = ticketSla(ticket({ priority: "NORMAL" }), now, H);
    expect(urgent.firstResponse?.dueAt.toISOString()).toBe("2026-11-25T04:05:00.000Z");
    expect(normal.firstResponse?.dueAt.toISOString()).toBe("2026-11-25T04:30:00.000Z");
  });

  it("breaches the first response once its deadline passes unanswered", () => {
    const sla = ticketSla(ticket(), at("2026-11-25T04:11:00Z"), H);
    expect(sla.firstResponse?.breached).toBe(true);
    expect(sla.breached).toBe(true);
  });

  it("stops the first-response clock once answered and runs next response from the customer's message", () => {
    const sla = ticketSla(
      ticket({
        firstRespondedAt: at("2026-11-25T04:05:00Z"),
        awaitingSince: at("2026-11-25T04:30:00Z"),
      }),
      at("2026-11-25T04:40:00Z"),
      H,
    );
    expect(sla.firstResponse).toBeNull();
    expect(sla.nextResponse?.dueAt.toISOString()).toBe("2026-11-25T04:50:00.000Z");
    expect(sla.breached).toBe(false);
  });

  it("pauses resolution while pending the customer and shifts it by the paused time", () => {
    const pending = ticket({
      status: "PENDING_CUSTOMER",
      firstRespondedAt: at("2026-11-25T04:05:00Z"),
      awaitingSince: null,
      pendingSince: at("2026-11-25T05:00:00Z"),
    });
    // 6 h later, far past the 4 h target, but the customer owes us an answer
    const during = ticketSla(pending, at("2026-11-25T10:00:00Z"), H);
    expect(during.paused).toBe(true);
    expect(during.breached).toBe(false);
    // The customer answered after 2 h: the 4 h target becomes 6 h
    const back = ticketSla(
      { ...pending, status: "OPEN", pendingSince: null, pausedMs: 2 * 3_600_000 },
      at("2026-11-25T09:00:00Z"),
      H,
    );
    expect(back.resolution?.dueAt.toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(back.resolution?.breached).toBe(false);
  });

  it("pauses only staffed time: a night spent pending adds nothing", () => {
    const sla = ticketSla(
      ticket({
        status: "PENDING_CUSTOMER",
        firstRespondedAt: at("2026-11-25T04:05:00Z"),
        pendingSince: at("2026-11-25T15:00:00Z"),
      }),
      at("2026-11-26T01:00:00Z"),
      H,
    );
    expect(sla.resolution?.dueAt.toISOString()).toBe("2026-11-25T08:00:00.000Z");
  });

  it("has no running clocks once resolved", () => {
    const sla = ticketSla(ticket({ status: "RESOLVED" }), at("2026-11-27T00:00:00Z"), H);
    expect(sla).toMatchObject({
      firstResponse: null,
      resolution: null,
      breached: false,
      nextDueAt: null,
    });
  });
});
