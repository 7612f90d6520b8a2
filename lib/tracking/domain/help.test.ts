import { describe, expect, it } from "vitest";
import { helpPriority, newTicketCode } from "./help";

describe("help ticket rules", () => {
  it("puts food problems above other questions", () => {
    expect(helpPriority("missing_item")).toBe("HIGH");
    expect(helpPriority("other")).toBe("NORMAL");
  });

  it("makes codes past the seeded T1xxxxx range, unique in a process even at one instant", () => {
    const now = new Date("2026-11-25T00:00:00Z");
    const a = newTicketCode(now, () => 0.001);
    expect(a).toMatch(new RegExp(`^T${now.getTime()}\\d{3}001$`));
    expect(Number(a.slice(1))).toBeGreaterThan(999_999);
    // The same instant and the same random digits (35 late orders swept at once): all differ.
    const codes = Array.from({ length: 500 }, () => newTicketCode(now, () => 0.5));
    expect(new Set([a, ...codes]).size).toBe(501);
  });
});
