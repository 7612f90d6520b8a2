import { describe, expect, it } from "vitest";
import { auditOrders, type KeyOutcome } from "./audit";

const map = <V>(entries: [string, V][]) => new Map(entries);

describe("crash audit", () => {
  it("passes when acknowledged orders exist once and retries return them", () => {
    const outcomes = map<KeyOutcome>([
      ["a", { first: 201, ackedId: "o1", retry: 201, retryId: "o1" }],
      ["b", { first: "network", retry: 201, retryId: "o2" }],
      ["c", { first: 500, retry: 201, retryId: "o3" }],
    ]);
    const before = map([
      ["a", ["o1"]],
      ["b", ["o2"]],
    ]);
    const after = map([
      ["a", ["o1"]],
      ["b", ["o2"]],
      ["c", ["o3"]],
    ]);
    expect(auditOrders(outcomes, before, after)).toMatchObject({
      acknowledged: 1,
      lost: 0,
      duplicated: 0,
      failedButCommitted: 1,
      failedRetryReturnedOriginal: 1,
      failedRetryPlaced: 1,
      unresolved: 0,
      ok: true,
    });
  });

  it("fails on a lost, a doubled, a stuck or a re-placed order", () => {
    const lost = auditOrders(
      map<KeyOutcome>([["a", { first: 201, ackedId: "o1", retry: 201, retryId: "o1" }]]),
      map([]),
      map([]),
    );
    expect(lost).toMatchObject({ lost: 1, ok: false });
    const doubled = auditOrders(
      map<KeyOutcome>([["b", { first: "network", retry: 201, retryId: "o3" }]]),
      map([["b", ["o2"]]]),
      map([["b", ["o2", "o3"]]]),
    );
    expect(doubled).toMatchObject({ duplicated: 1, failedRetryReturnedOriginal: 0, ok: false });
    const stuck = auditOrders(
      map<KeyOutcome>([["c", { first: "network", retry: 409 }]]),
      map([["c", ["o4"]]]),
      map([["c", ["o4"]]]),
    );
    expect(stuck).toMatchObject({ unresolved: 1, ok: false });
  });
});
