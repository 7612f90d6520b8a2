import { describe, expect, it } from "vitest";
import { campaign } from "./fixtures";
import { isEditable, nextCampaignState, periodsOverlap, storesOverlap } from "./lifecycle";
import { liftEstimate } from "./lift";
import { exclusiveClash, MARGIN_LIMIT_PCT, publishWarnings } from "./warnings";

const startsAt = new Date("2026-12-01T00:00:00Z");
const endsAt = new Date("2026-12-31T00:00:00Z");
const at = (now: string, needsApproval = false) => ({
  now: new Date(now),
  startsAt,
  endsAt,
  needsApproval,
});

describe("campaign states: draft → scheduled → live → paused → ended", () => {
  it("publishes a draft to scheduled before its start and live during it", () => {
    expect(nextCampaignState("DRAFT", "publish", at("2026-11-26T00:00:00Z"))).toBe("SCHEDULED");
    expect(nextCampaignState("DRAFT", "publish", at("2026-12-05T00:00:00Z"))).toBe("LIVE");
    expect(nextCampaignState("DRAFT", "publish", at("2026-12-05T00:00:00Z", true))).toBe(
      "PENDING_APPROVAL",
    );
    // Nothing but a draft is published, and nothing is published after its end.
    expect(nextCampaignState("LIVE", "publish", at("2026-12-05T00:00:00Z"))).toBeNull();
    expect(nextCampaignState("DRAFT", "publish", at("2027-01-05T00:00:00Z"))).toBeNull();
  });

  it("pauses a live or scheduled campaign and resumes it into the state its dates call for", () => {
    expect(nextCampaignState("LIVE", "pause", at("2026-12-05T00:00:00Z"))).toBe("PAUSED");
    expect(nextCampaignState("SCHEDULED", "pause", at("2026-11-26T00:00:00Z"))).toBe("PAUSED");
    expect(nextCampaignState("DRAFT", "pause", at("2026-12-05T00:00:00Z"))).toBeNull();
    expect(nextCampaignState("PAUSED", "resume", at("2026-11-26T00:00:00Z"))).toBe("SCHEDULED");
    expect(nextCampaignState("PAUSED", "resume", at("2026-12-05T00:00:00Z"))).toBe("LIVE");
    expect(nextCampaignState("PAUSED", "resume", at("2027-01-05T00:00:00Z"))).toBeNull();
    expect(nextCampaignState("LIVE", "resume", at("2026-12-05T00:00:00Z"))).toBeNull();
  });

  it("ends from any state but ended, and only drafts and paused campaigns are editable", () => {
    for (const from of ["DRAFT", "PENDING_APPROVAL", "SCHEDULED", "LIVE", "PAUSED"] as const)
      expect(nextCampaignState(from, "end", at("2026-12-05T00:00:00Z"))).toBe("ENDED");
    expect(nextCampaignState("ENDED", "end", at("2026-12-05T00:00:00Z"))).toBeNull();
    expect(nextCampaignState("ENDED", "resume", at("2026-12-05T00:00:00Z"))).toBeNull();
    expect(["DRAFT", "PAUSED"].every((s) => isEditable(s as "DRAFT"))).toBe(true);
    expect(
      ["SCHEDULED", "LIVE", "ENDED", "PENDING_APPROVAL"].some((s) => isEditable(s as "LIVE")),
    ).toBe(false);
  });

  it("overlaps periods that share time and stores that share a store (empty = every store)", () => {
    const a = { startsAt, endsAt };
    expect(periodsOverlap(a, { startsAt: endsAt, endsAt: new Date("2027-01-10T00:00:00Z") })).toBe(
      false,
    );
    expect(periodsOverlap(a, { startsAt: new Date("2026-12-30T00:00:00Z"), endsAt })).toBe(true);
    expect(storesOverlap(["S1"], ["S2"])).toBe(false);
    expect(storesOverlap(["S1"], [])).toBe(true);
    expect(storesOverlap(["S1", "S2"], ["S2"])).toBe(true);
  });
});

describe("publishing warnings", () => {
  const threshold = (id: string, discountCents: number, over = {}) =>
    campaign({
      id,
      type: "THRESHOLD",
      rules: { tiers: [{ minSubtotalCents: 2000, discountCents }] },
      startsAt,
      endsAt,
      storeIds: ["S1"],
      ...over,
    });
  const coupon = (id: string, over = {}) =>
    campaign({
      id,
      type: "COUPON",
      rules: { discountCents: 300, minSubtotalCents: 2000 },
      startsAt,
      endsAt,
      storeIds: ["S1"],
      ...over,
    });

  it("warns of a discount beyond the margin line on the sample carts, not below it", () => {
    expect(publishWarnings(threshold("mild", 500), [])).toEqual([]);
    const steep = publishWarnings(threshold("steep", 1900), []);
    expect(steep).toHaveLength(1);
    expect(steep[0]?.code).toBe("MARGIN");
    expect(Number(steep[0]?.params.pct)).toBeGreaterThan(MARGIN_LIMIT_PCT);
  });

  it("calls two overlapping coupon campaigns a coupon overlap, other overlaps conflicts", () => {
    const running = [coupon("old coupon"), threshold("old threshold", 500)];
    expect(
      publishWarnings(coupon("new coupon"), running).map((w) => [w.code, w.params.name]),
    ).toEqual([
      ["COUPON_OVERLAP", "old coupon"],
      ["CONFLICT", "old threshold"],
    ]);
    // Other stores or other dates: nothing to warn about.
    const elsewhere = [coupon("S2 coupon", { storeIds: ["S2"] })];
    expect(publishWarnings(coupon("new coupon"), elsewhere)).toEqual([]);
    const later = [
      coupon("january", {
        startsAt: endsAt,
        endsAt: new Date("2027-01-31T00:00:00Z"),
      }),
    ];
    expect(publishWarnings(coupon("new coupon"), later)).toEqual([]);
  });

  it("finds an exclusive clash only between two exclusive campaigns that overlap", () => {
    const mine = threshold("mine", 500, { exclusive: true });
    expect(exclusiveClash(mine, [threshold("other", 500)])).toBeNull();
    expect(exclusiveClash(mine, [threshold("other", 500, { exclusive: true })])?.id).toBe("other");
    expect(
      exclusiveClash(mine, [threshold("other", 500, { exclusive: true, storeIds: ["S9"] })]),
    ).toBeNull();
  });
});

describe("matched-period lift", () => {
  it("compares orders per day with the same number of days before, in percent", () => {
    expect(liftEstimate(150, 100, 10)).toEqual({
      days: 10,
      duringPerDay: 15,
      beforePerDay: 10,
      liftPct: 50,
    });
    expect(liftEstimate(80, 120, 4).liftPct).toBe(-33.3);
    expect(liftEstimate(5, 0, 3).liftPct).toBeNull();
    expect(liftEstimate(5, 5, 0)).toEqual({
      days: 0,
      duringPerDay: 0,
      beforePerDay: 0,
      liftPct: null,
    });
  });
});
