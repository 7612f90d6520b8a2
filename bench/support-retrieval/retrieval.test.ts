import { describe, expect, it } from "vitest";
import { evaluateRetrieval } from "./evaluate";

describe("support retrieval quality", () => {
  it("finds a right article in the top 3 for at least 85% of 50+ labelled questions", () => {
    const r = evaluateRetrieval();
    expect(r.questions).toBeGreaterThanOrEqual(50);
    expect(r.top3).toBeGreaterThanOrEqual(0.85);
    expect(r.top1).toBeGreaterThanOrEqual(0.7);
  });
});
