import type { CampaignStatus, CampaignType } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import type { Rng } from "./prng";
import { DAY, HOUR, localDayOfWeek, localMidnight } from "./time";
import type { Writer } from "./writer";

export type Discount = {
  campaignId: string;
  couponId: string | null;
  discountCents: number;
  storeCostCents: number;
  platformCostCents: number;
};

type Live = {
  id: string;
  startsAt: number;
  endsAt: number;
  storeSharePct: number;
  storeCodes: Set<string> | null;
  budgetCents: number | null;
  spent: number;
  count: number;
};

export type DiscountInput = {
  placedAt: number;
  storeCode: string;
  customerId: string | null;
  firstOrder: boolean;
  subtotalCents: number;
  deliveryFeeCents: number;
};

function split(c: Live, discountCents: number, couponId: string | null): Discount {
  const storeCostCents = Math.round((discountCents * c.storeSharePct) / 100);
  c.spent += discountCents;
  c.count += 1;
  return {
    campaignId: c.id,
    couponId,
    discountCents,
    storeCostCents,
    platformCostCents: discountCents - storeCostCents,
  };
}

/**
 * The demo campaigns and the rules that decide which of them discount each generated order;
 * redemption totals are written back at the end so the campaign pages show real spend.
 */
export class CampaignBook {
  private readonly threshold: Live;
  private readonly newCustomer: Live;
  private readonly freeDelivery: Live;
  private readonly coupon: Live;
  // unused coupon per customer id
  private readonly coupons = new Map<string, string>();
  private readonly usedCoupons: string[] = [];

  constructor(
    private readonly w: Writer,
    rng: Rng,
    now: Date,
    storeIds: Map<string, string>,
    customerIds: readonly string[],
    marketerId: string,
  ) {
    const n = now.getTime();
    const today = localMidnight(n);
    // The most recent complete weekend at least two weeks back (Saturday 00:00 to Monday 00:00).
    let sat = today - 14 * DAY;
    while (localDayOfWeek(sat) !== 6) sat -= DAY;
    const add = (
      name: string,
      type: CampaignType,
      status: CampaignStatus,
      rules: object,
      startsAt: number,
      endsAt: number,
      storeSharePct: number,
      storeCodes: readonly string[] | null,
      budgetCents: number | null,
    ): Live => {
      const id = rng.id("p");
      w.push("campaign", {
        id,
        name,
        type,
        status,
        rules: JSON.stringify(rules),
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        budgetCents,
        storeSharePct,
        exclusive: type === "NEW_CUSTOMER",
        priority: type === "NEW_CUSTOMER" ? 10 : type === "COUPON" ? 5 : 0,
        createdById: marketerId,
        createdAt: new Date(startsAt - 3 * DAY),
      });
      for (const code of storeCodes ?? [...storeIds.keys()]) {
        const storeId = storeIds.get(code);
        if (storeId !== undefined) w.push("campaignStore", { campaignId: id, storeId });
      }
      return {
        id,
        startsAt,
        endsAt,
        storeSharePct,
        storeCodes: storeCodes === null ? null : new Set(storeCodes),
        budgetCents,
        spent: 0,
        count: 0,
      };
    };
    this.threshold = add(
      "满30减5 · 满50减10",
      "THRESHOLD",
      "LIVE",
      {
        tiers: [
          { minSubtotalCents: 3000, discountCents: 500 },
          { minSubtotalCents: 5000, discountCents: 1000 },
        ],
      },
      today - 75 * DAY,
      today + 30 * DAY,
      60,
      ["S01", "S02", "S03", "S04", "S05", "S11", "S13", "S14"],
      50_000_000,
    );
    this.newCustomer = add(
      "新客立减8元 New customer ¥8 off",
      "NEW_CUSTOMER",
      "LIVE",
      { discountCents: 800, minSubtotalCents: 2000, firstOrderOnly: true },
      today - 90 * DAY,
      today + 60 * DAY,
      0,
      null,
      null,
    );
    this.freeDelivery = add(
      "周末免配送费 Free delivery weekend",
      "DELIVERY_FEE",
      "ENDED",
      { waiveDeliveryFee: true, daysOfWeek: [6, 0] },
      sat,
      sat + 2 * DAY,
      30,
      null,
      5_000_000,
    );
    this.coupon = add(
      "秋季回馈券 满40减12 Autumn coupon",
      "COUPON",
      "LIVE",
      { minSubtotalCents: 4000, discountCents: 1200 },
      today - 20 * DAY,
      today + 10 * DAY,
      40,
      null,
      2_000_000,
    );
    add(
      "午市限时秒杀 Lunch flash sale",
      "FLASH_SALE",
      "DRAFT",
      { window: { from: "11:00", to: "13:00" }, pricePercent: 70, maxPerOrder: 1 },
      today + 5 * DAY + 11 * HOUR,
      today + 5 * DAY + 13 * HOUR,
      50,
      ["S06", "S14"],
      300_000,
    );
    const holders = rng.sample(customerIds, Math.min(400, customerIds.length));
    for (const customerId of holders) {
      const id = rng.id("q");
      w.push("coupon", {
        id,
        campaignId: this.coupon.id,
        code: `QW${rng.hex(8).toUpperCase()}`,
        customerId,
        validFrom: new Date(this.coupon.startsAt),
        validTo: new Date(this.coupon.endsAt),
        createdAt: new Date(this.coupon.startsAt),
      });
      this.coupons.set(customerId, id);
    }
  }

  /** Discounts for one order; never more than its subtotal. */
  apply(rng: Rng, o: DiscountInput): Discount[] {
    const active = (c: Live): boolean =>
      o.placedAt >= c.startsAt &&
      o.placedAt < c.endsAt &&
      (c.storeCodes === null || c.storeCodes.has(o.storeCode)) &&
      (c.budgetCents === null || c.spent < c.budgetCents);
    const out: Discount[] = [];
    if (
      o.firstOrder &&
      o.customerId !== null &&
      active(this.newCustomer) &&
      o.subtotalCents >= 2000
    ) {
      // Exclusive: the new-customer offer replaces every other discount.
      return [split(this.newCustomer, 800, null)];
    }
    const couponId = o.customerId === null ? undefined : this.coupons.get(o.customerId);
    if (
      couponId !== undefined &&
      o.customerId !== null &&
      active(this.coupon) &&
      o.subtotalCents >= 4000 &&
      rng.chance(0.6)
    ) {
      this.coupons.delete(o.customerId);
      this.usedCoupons.push(couponId);
      out.push(split(this.coupon, 1200, couponId));
    } else if (active(this.threshold) && o.subtotalCents >= 3000) {
      out.push(split(this.threshold, o.subtotalCents >= 5000 ? 1000 : 500, null));
    }
    if (active(this.freeDelivery) && o.deliveryFeeCents > 0) {
      out.push(split(this.freeDelivery, o.deliveryFeeCents, null));
    }
    return out;
  }

  /** Writes spend, redemption counts and coupon use back once all orders exist. */
  async finalize(db: Db): Promise<void> {
    for (const c of [this.threshold, this.newCustomer, this.freeDelivery, this.coupon]) {
      await db.campaign.update({
        where: { id: c.id },
        data: { spentCents: c.spent, redemptionCount: c.count },
      });
    }
    for (let i = 0; i < this.usedCoupons.length; i += 500) {
      await db.coupon.updateMany({
        where: { id: { in: this.usedCoupons.slice(i, i + 500) } },
        data: { usedCount: 1 },
      });
    }
  }
}
