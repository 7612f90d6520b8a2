import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { priceWithCampaigns, stackingOrder } from "./engine";
import { campaign, cartOf, contextAt, returningCustomer } from "./fixtures";
import type { CampaignKind, EngineCampaign } from "./types";

const KINDS: CampaignKind[] = [
  "THRESHOLD",
  "PERCENT_OFF",
  "FIXED_OFF",
  "NTH_ITEM",
  "BUNDLE",
  "DELIVERY_FEE",
  "NEW_CUSTOMER",
  "FLASH_SALE",
  "MEMBERSHIP",
];
const ITEMS = ["a", "b", "c", "d"];

const lineArb = fc.record({
  itemId: fc.constantFrom(...ITEMS),
  unitPriceCents: fc.integer({ min: 1, max: 20_000 }),
  quantity: fc.integer({ min: 1, max: 6 }),
  categoryId: fc.constantFrom("k1", "k2", null),
});
const cartArb = fc.tuple(
  fc.array(lineArb, { minLength: 1, maxLength: 6 }),
  fc.integer({ min: 0, max: 2_000 }),
  fc.integer({ min: 0, max: 500 }),
);

const campaignArb = fc
  .record({
    type: fc.constantFrom(...KINDS),
    priority: fc.integer({ min: 0, max: 5 }),
    exclusive: fc.boolean(),
    storeSharePct: fc.integer({ min: 0, max: 100 }),
    budget: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
    spent: fc.integer({ min: 0, max: 50_000 }),
    amount: fc.integer({ min: 0, max: 30_000 }),
    pct: fc.integer({ min: 0, max: 100 }),
    min: fc.integer({ min: 0, max: 40_000 }),
    group: fc.option(fc.constantFrom("g1", "g2"), { nil: undefined }),
    cap: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    perOrder: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
    items: fc.subarray(ITEMS),
  })
  .map((r): Omit<EngineCampaign, "id"> => ({
    ...campaign({
      id: "x",
      type: r.type,
      priority: r.priority,
      exclusive: r.exclusive,
      storeSharePct: r.storeSharePct,
      budgetCents: r.budget,
      spentCents: r.spent,
      redemptionLimit: r.type === "FLASH_SALE" ? 20 : null,
      rules: {
        tiers: [{ minSubtotalCents: r.min, discountCents: r.amount }],
        discountCents: r.type === "PERCENT_OFF" ? undefined : r.amount,
        percentOff: r.pct,
        itemIds: r.items.length > 0 ? r.items : undefined,
        bundlePriceCents: r.amount,
        nth: 2,
        pricePercent: r.pct,
        maxPerOrder: 3,
        deliveryFeeOffCents: r.amount,
        memberTiers: [{ tier: "GOLD", minOrders: 0, percentOff: r.pct }],
        memberPrices: { a: r.amount },
        stackGroup: r.group,
        maxTotalDiscountPct: r.cap,
        maxDiscountCents: r.perOrder,
      },
    }),
  }));
const campaignsArb = fc
  .array(campaignArb, { maxLength: 6 })
  .map((cs) => cs.map((c, i) => ({ ...c, id: `c${i}`, name: `c${i}` })));
const capArb = fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined });
const newCustomerArb = fc.boolean();

const now = new Date("2026-11-24T04:30:00Z");
function run(
  [lines, fee, pack]: [Parameters<typeof cartOf>[0], number, number],
  campaigns: EngineCampaign[],
  cap: number | undefined,
  isNew: boolean,
) {
  const customer = isNew
    ? { ...returningCustomer, orderCount: 0, lastOrderAt: null }
    : returningCustomer;
  const cart = cartOf(lines, fee, pack);
  return {
    cart,
    result: priceWithCampaigns(
      cart,
      campaigns,
      contextAt(now, { customer, maxTotalDiscountPct: cap }),
    ),
  };
}

const props = { numRuns: 400, seed: 7 };

describe("pricing engine properties", () => {
  it("never produces a negative total or a discount beyond what was charged", () => {
    fc.assert(
      fc.property(cartArb, campaignsArb, capArb, newCustomerArb, (c, cs, cap, isNew) => {
        const { cart, result } = run(c, cs, cap, isNew);
        const e = result.explanation;
        expect(e.totalCents).toBeGreaterThanOrEqual(cart.packagingFeeCents);
        expect(e.itemDiscountCents).toBeLessThanOrEqual(cart.subtotalCents);
        expect(e.deliveryDiscountCents).toBeLessThanOrEqual(cart.deliveryFeeCents);
        expect(e.lines.every((l) => l.amountCents > 0)).toBe(true);
        expect(e.discountCents).toBe(e.lines.reduce((s, l) => s + l.amountCents, 0));
        expect(e.totalCents).toBe(
          cart.subtotalCents + cart.deliveryFeeCents + cart.packagingFeeCents - e.discountCents,
        );
      }),
      props,
    );
  });

  it("respects the total cap, per-order caps, budgets and the cost split", () => {
    fc.assert(
      fc.property(cartArb, campaignsArb, capArb, newCustomerArb, (c, cs, cap, isNew) => {
        const { cart, result } = run(c, cs, cap, isNew);
        const e = result.explanation;
        const applied = new Set(e.lines.map((l) => l.campaignId));
        const caps = [
          cap ?? 100,
          ...cs.filter((x) => applied.has(x.id)).map((x) => x.rules.maxTotalDiscountPct ?? 100),
        ];
        expect(e.itemDiscountCents).toBeLessThanOrEqual(
          Math.floor((cart.subtotalCents * Math.min(...caps)) / 100),
        );
        for (const x of cs.filter((x) => applied.has(x.id))) {
          const mine = e.lines
            .filter((l) => l.campaignId === x.id)
            .reduce((s, l) => s + l.amountCents, 0);
          if (x.budgetCents !== null)
            expect(mine).toBeLessThanOrEqual(x.budgetCents - x.spentCents);
          if (x.rules.maxDiscountCents !== undefined)
            expect(mine).toBeLessThanOrEqual(x.rules.maxDiscountCents);
        }
        for (const l of e.lines) expect(l.storeCostCents + l.platformCostCents).toBe(l.amountCents);
      }),
      props,
    );
  });

  it("applies in stacking order: an exclusive alone, one per stack group", () => {
    fc.assert(
      fc.property(cartArb, campaignsArb, capArb, newCustomerArb, (c, cs, cap, isNew) => {
        const { result } = run(c, cs, cap, isNew);
        const order = stackingOrder(cs).map((x) => x.id);
        const applied = [...new Set(result.explanation.lines.map((l) => l.campaignId))];
        const positions = applied.map((id) => order.indexOf(id));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        const byId = new Map(cs.map((x) => [x.id, x]));
        if (applied.some((id) => byId.get(id)?.exclusive)) expect(applied).toHaveLength(1);
        const groups = applied.map((id) => byId.get(id)?.rules.stackGroup).filter(Boolean);
        expect(new Set(groups).size).toBe(groups.length);
      }),
      props,
    );
  });

  it("is deterministic and independent of the order campaigns are given in", () => {
    fc.assert(
      fc.property(cartArb, campaignsArb, capArb, newCustomerArb, (c, cs, cap, isNew) => {
        const first = run(c, cs, cap, isNew).result;
        expect(run(c, cs, cap, isNew).result).toEqual(first);
        expect(run(c, [...cs].reverse(), cap, isNew).result.explanation.lines).toEqual(
          first.explanation.lines,
        );
      }),
      props,
    );
  });
});
