import { describe, expect, it } from "vitest";
import { helpPriority, newTicketCode } from "./help";

describe("help ticket rules", () => {
  it("puts food problems above other questions", () => {
    expect(helpPriority("missing_item")).toBe("HIGH");
    expect(helpPriority("other")).toBe("NORMAL");
  });

  it("makes codes past the seeded T1xxxxx range, differing by the random suffix", () => {
    const now = new Date("2026-11-25T00:00:00Z");
    const a = newTicketCode(now, () => 0.001);
    const b = newTicketCode(now, () => 0.999);
    expect(a).toBe(`T${now.getTime()}001`);
    expect(b).not.toBe(a);
    expect(Number(a.slice(1))).toBeGreaterThan(999_999);
  });
});
