import { describe, expect, it } from "vitest";
import { contiguousEnd } from "./outbox";

describe("contiguousEnd (ids committed out of order)", () => {
  it("moves to the end of a run of consecutive ids", () => {
    expect(contiguousEnd(10, [11, 12, 13], false)).toEqual({ end: 13, gap: null });
  });

  it("stops before a missing id that may still be committing", () => {
    expect(contiguousEnd(10, [11, 13, 14], false)).toEqual({ end: 11, gap: 12 });
    expect(contiguousEnd(10, [12], false)).toEqual({ end: 10, gap: 11 });
  });

  it("skips gaps once they are old enough to be rolled-back inserts", () => {
    expect(contiguousEnd(10, [12, 15], true)).toEqual({ end: 15, gap: null });
  });

  it("stays put when there is nothing new", () => {
    expect(contiguousEnd(10, [], false)).toEqual({ end: 10, gap: null });
  });
});
