import { describe, expect, it } from "vitest";
import { formatCountdown, slaFor, type SlaInput } from "./sla";

const placedAt = new Date("2026-01-01T04:00:00Z");
const base: SlaInput = {
  status: "PLACED",
  placedAt,
  acceptedAt: null,
  prepMinutes: null,
  promisedAt: new Date("2026-01-01T04:40:00Z"),
  estimatedAt: null,
};
const at = (minutes: number) => new Date(placedAt.getTime() + minutes * 60_000);

describe("order SLA timers", () => {
  it("gives a new order three minutes to be accepted", () => {
    expect(slaFor(base, at(1))).toMatchObject({ stage: "accept", secondsLeft: 120, late: false });
    expect(slaFor(base, at(4))).toMatchObject({ stage: "accept", secondsLeft: -60, late: true });
  });

  it("counts prep time from acceptance", () => {
    const accepted = { ...base, status: "PREPARING" as const, acceptedAt: at(2), prepMinutes: 10 };
    expect(slaFor(accepted, at(5))).toMatchObject({
      stage: "ready",
      secondsLeft: 420,
      late: false,
    });
    expect(slaFor(accepted, at(13)).late).toBe(true);
  });

  it("is late once the customer's promise has passed, whatever the stage", () => {
    const ready = { ...base, status: "READY" as const, estimatedAt: at(50) };
    expect(slaFor(ready, at(45))).toMatchObject({ stage: "deliver", late: true });
  });

  it("has no timer for finished orders", () => {
    expect(slaFor({ ...base, status: "DELIVERED" }, at(90)).late).toBe(false);
  });

  it("formats countdowns, negative when overdue", () => {
    expect(formatCountdown(125)).toBe("2:05");
    expect(formatCountdown(-61)).toBe("-1:01");
  });
});
