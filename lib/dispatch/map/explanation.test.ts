import { describe, expect, it } from "vitest";
import { parseExplanation } from "./explanation";

describe("why-this-courier explanation", () => {
  it("reads the planner's choice and the alternatives it beat", () => {
    const text = JSON.stringify({
      orderId: "o",
      courierId: "k1",
      chosen: { courierId: "k1", courierCode: "R001", cost: 4.5, extraMinutes: 6, lateMinutes: 0 },
      alternatives: [{ courierId: "k2", courierCode: "R002", cost: 9.1, extraMinutes: 11 }],
      considered: 7,
      kind: "auto",
      summary: "R001: +6 min",
    });
    const e = parseExplanation(text);
    expect(e?.chosen?.courierCode).toBe("R001");
    expect(e?.alternatives.map((a) => [a.courierCode, a.cost])).toEqual([["R002", 9.1]]);
    expect(e?.considered).toBe(7);
    expect(e?.kind).toBe("auto");
    // The old English summary is not shown: the panel words the fields in the viewer's language.
    expect(e?.note).toBeNull();
  });

  it("shows text that is not planner JSON as a note and nothing for no explanation", () => {
    expect(parseExplanation("manual")?.note).toBe("manual");
    expect(parseExplanation(null)).toBeNull();
    expect(parseExplanation('{"reason":"pinned by dispatcher"}')?.note).toBe(
      "pinned by dispatcher",
    );
  });
});
