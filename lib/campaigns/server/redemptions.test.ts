import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { AppError } from "@/lib/platform/errors";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import { placeChannelOrder } from "@/lib/orders/server/intake";
import { createIntakeStore } from "@/lib/orders/server/intake-test-setup";
import type { Explanation } from "@/lib/campaigns/domain/types";

let t: TestDb;
let s: Awaited<ReturnType<typeof createIntakeStore>>;
let principal: ApiPrincipal;
const now = new Date("2026-11-24T04:30:00Z");

beforeAll(async () => {
  t = createTestDb();
  s = await createIntakeStore(t.db, "C1");
  principal = { keyId: s.apiKey.id, storeId: s.store.id, channel: "STOREFRONT" };
});
afterAll(() => t.cleanup());
beforeEach(async () => {
  await t.db.redemption.deleteMany();
  await t.db.coupon.deleteMany();
  await t.db.campaign.deleteMany();
});

const body = (phone: string, extra: object = {}) => ({
  customer: { name: "李雷", phone },
  address: { line: "衡山路 10 号", lat: 31.2, lng: 121.45 },
  items: [{ itemId: s.noodles.id, quantity: 2, optionIds: [] }],
  ...extra,
});

function createCampaign(data: {
  type: "THRESHOLD" | "COUPON";
  rules: object;
  budgetCents?: number | null;
  redemptionLimit?: number | null;
}) {
  return t.db.campaign.create({
    data: {
      name: data.type,
      type: data.type,
      status: "LIVE",
      rules: JSON.stringify(data.rules),
      startsAt: new Date("2026-11-01T00:00:00Z"),
      endsAt: new Date("2026-12-01T00:00:00Z"),
      budgetCents: data.budgetCents ?? null,
      redemptionLimit: data.redemptionLimit ?? null,
      storeSharePct: 60,
    },
  });
}
async function expectAppError(promise: Promise<unknown>, code: string): Promise<AppError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}
const tiers = { tiers: [{ minSubtotalCents: 3000, discountCents: 500 }] };

describe("campaign redemptions at intake", () => {
  it(
    "lets exactly 100 of 500 concurrent orders redeem a budget of 100 discounts",
    { timeout: 240_000 },
    async () => {
      const c = await createCampaign({ type: "THRESHOLD", rules: tiers, budgetCents: 100 * 500 });
      const results = await Promise.allSettled(
        Array.from({ length: 500 }, (_, i) =>
          placeChannelOrder(t.db, principal, body(`1390000${String(i).padStart(4, "0")}`), { now }),
        ),
      );
      const placed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      const rejected = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
      // A loser is either priced without the discount or refused with a conflict; never overspent.
      for (const reason of rejected) expect(reason).toMatchObject({ code: "conflict" });
      expect(placed.filter((p) => p.discountCents === 500)).toHaveLength(100);
      expect(
        placed.filter((p) => p.discountCents !== 500).every((p) => p.discountCents === 0),
      ).toBe(true);
      expect(await t.db.redemption.count({ where: { campaignId: c.id } })).toBe(100);
      const after = await t.db.campaign.findUniqueOrThrow({ where: { id: c.id } });
      expect(after).toMatchObject({ spentCents: 50_000, redemptionCount: 100 });
    },
  );

  it("stores the explanation and the store/platform split with the order", async () => {
    const c = await createCampaign({ type: "THRESHOLD", rules: tiers, redemptionLimit: 5 });
    const placed = await placeChannelOrder(t.db, principal, body("13900009999"), { now });
    expect(placed).toMatchObject({
      subtotalCents: 5600,
      discountCents: 500,
      totalCents: 5600 - 500 + 400 + 100,
    });
    const order = await t.db.order.findUniqueOrThrow({ where: { id: placed.id } });
    const explanation = JSON.parse(order.pricingExplanation ?? "null") as Explanation;
    expect(explanation.lines).toEqual([
      expect.objectContaining({
        campaignId: c.id,
        code: "THRESHOLD_TIER",
        params: { min: 3000, off: 500 },
      }),
    ]);
    const redemption = await t.db.redemption.findFirstOrThrow({ where: { orderId: placed.id } });
    expect(redemption).toMatchObject({
      discountCents: 500,
      storeCostCents: 300,
      platformCostCents: 200,
    });
  });

  it("refuses an expired, foreign or used-up coupon with a 422 on couponCode and writes nothing", async () => {
    const c = await createCampaign({
      type: "COUPON",
      rules: { discountCents: 1200, minSubtotalCents: 4000 },
    });
    const other = await t.db.customer.create({ data: { name: "韩梅梅", phone: "13700000001" } });
    const coupon = (code: string, data: object = {}) =>
      t.db.coupon.create({
        data: {
          campaignId: c.id,
          code,
          validFrom: new Date("2026-11-01T00:00:00Z"),
          validTo: new Date("2026-11-30T00:00:00Z"),
          ...data,
        },
      });
    await coupon("EXPIRED1", { validTo: new Date("2026-11-20T00:00:00Z") });
    await coupon("FOREIGN1", { customerId: other.id });
    await coupon("GOOD1");
    const orders = await t.db.order.count();
    for (const [code, reason] of [
      ["EXPIRED1", "COUPON_EXPIRED"],
      ["FOREIGN1", "COUPON_FOREIGN"],
      ["NOPE", "COUPON_UNKNOWN"],
    ] as const) {
      await expectAppError(
        placeChannelOrder(t.db, principal, body("13900008888", { couponCode: code }), { now }),
        "validation",
      ).then((e) => {
        expect(e.details).toMatchObject({ reason, fields: { couponCode: [expect.any(String)] } });
      });
    }
    expect(await t.db.order.count()).toBe(orders);
    const ok = await placeChannelOrder(
      t.db,
      principal,
      body("13900008888", { couponCode: "good1" }),
      { now },
    );
    expect(ok.discountCents).toBe(1200);
    await expectAppError(
      placeChannelOrder(t.db, principal, body("13900008887", { couponCode: "GOOD1" }), { now }),
      "validation",
    );
  });
});
