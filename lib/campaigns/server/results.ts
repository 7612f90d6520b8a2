import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { EngineCampaign } from "@/lib/campaigns/domain/types";
import { liftEstimate, type Lift } from "@/lib/campaigns/domain/lift";

export type CampaignResults = {
  redemptions: number;
  discountCents: number;
  storeCostCents: number;
  platformCostCents: number;
  orders: number;
  revenueCents: number;
  newCustomers: number;
  lift: Lift;
};

const DAY_MS = 86_400_000;

/**
 * A campaign's results: redemptions and their cost by bearer, the orders that used it and
 * their revenue, customers (by phone) whose first order used it, and orders per day in its stores
 * compared with the same number of days just before it started.
 */
export async function getCampaignResults(
  db: Db,
  c: EngineCampaign,
  now = new Date(),
): Promise<CampaignResults> {
  const [spend, orders, holders] = await Promise.all([
    db.redemption.aggregate({
      where: { campaignId: c.id },
      _count: { _all: true },
      _sum: { discountCents: true, storeCostCents: true, platformCostCents: true },
    }),
    db.order.aggregate({
      where: { redemptions: { some: { campaignId: c.id } } },
      _count: { _all: true },
      _sum: { totalCents: true },
    }),
    db.order.findMany({
      where: { redemptions: { some: { campaignId: c.id } } },
      select: { customerPhone: true },
      distinct: ["customerPhone"],
      take: 5000,
    }),
  ]);
  // By phone, not customer id: channel orders from a first-time phone have no customer row,
  // and those are exactly the customers a campaign acquires.
  const phones = holders.map((h) => h.customerPhone);
  const returning = phones.length
    ? await db.order.findMany({
        where: { customerPhone: { in: phones }, placedAt: { lt: c.startsAt } },
        select: { customerPhone: true },
        distinct: ["customerPhone"],
      })
    : [];
  const newCustomers = phones.length - returning.length;

  const end = new Date(Math.min(now.getTime(), c.endsAt.getTime()));
  const span = Math.max(0, end.getTime() - c.startsAt.getTime());
  const stores = c.storeIds.length > 0 ? { storeId: { in: [...c.storeIds] } } : {};
  const count = (from: Date, to: Date) =>
    db.order.count({
      where: { ...stores, placedAt: { gte: from, lt: to }, status: { not: "CANCELLED" } },
    });
  const [during, before] =
    span === 0
      ? [0, 0]
      : await Promise.all([
          count(c.startsAt, end),
          count(new Date(c.startsAt.getTime() - span), c.startsAt),
        ]);
  return {
    redemptions: spend._count._all,
    discountCents: spend._sum.discountCents ?? 0,
    storeCostCents: spend._sum.storeCostCents ?? 0,
    platformCostCents: spend._sum.platformCostCents ?? 0,
    orders: orders._count._all,
    revenueCents: orders._sum.totalCents ?? 0,
    newCustomers,
    lift: liftEstimate(during, before, span / DAY_MS),
  };
}
