import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseRules } from "@/lib/campaigns/schemas";
import type { CouponFacts, CustomerFacts, EngineCampaign } from "@/lib/campaigns/domain/types";

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;

export const campaignEngineSelect = {
  id: true,
  name: true,
  type: true,
  status: true,
  startsAt: true,
  endsAt: true,
  exclusive: true,
  priority: true,
  storeSharePct: true,
  budgetCents: true,
  spentCents: true,
  redemptionLimit: true,
  redemptionCount: true,
  rules: true,
  stores: { select: { storeId: true } },
} as const;

type CampaignWithStores = Prisma.CampaignGetPayload<{ select: typeof campaignEngineSelect }>;

/** A campaign row as the engine takes it; null when its stored rules cannot be read. */
export function toEngineCampaign(c: CampaignWithStores): EngineCampaign | null {
  const rules = parseRules(c.rules);
  if (!rules) return null;
  const { stores, rules: _json, ...rest } = c;
  return { ...rest, storeIds: stores.map((s) => s.storeId), rules };
}

/** Campaigns that could run in this store at `now` (live or scheduled, in their dates). */
export async function findActiveCampaigns(
  tx: Tx,
  storeId: string,
  now: Date,
  extraIds: string[] = [],
): Promise<EngineCampaign[]> {
  const rows = await tx.campaign.findMany({
    where: {
      OR: [
        {
          status: { in: ["LIVE", "SCHEDULED"] },
          startsAt: { lte: now },
          endsAt: { gt: now },
          OR: [{ stores: { some: { storeId } } }, { stores: { none: {} } }],
        },
        { id: { in: extraIds } },
      ],
    },
    select: campaignEngineSelect,
    take: 100,
  });
  return rows.flatMap((r) => toEngineCampaign(r) ?? []);
}

/** Order history facts for the customer with this phone (or none yet). */
export async function loadCustomerFacts(
  tx: Tx,
  phone: string,
  now: Date,
): Promise<CustomerFacts & { id: string | null }> {
  const customer = await tx.customer.findUnique({
    where: { phone },
    select: { id: true, memberTier: true },
  });
  const whose = customer ? { customerId: customer.id } : { customerPhone: phone };
  const where = { ...whose, status: { not: "CANCELLED" as const } };
  // The latest order is read as a row: `_max` of a DateTime comes back null on the SQLite
  // adapter (stored as integer ms), which silently turned off the lapsed segment.
  const [count, last, recent] = await Promise.all([
    tx.order.count({ where }),
    tx.order.findFirst({ where, orderBy: { placedAt: "desc" }, select: { placedAt: true } }),
    tx.order.aggregate({
      where: { ...where, placedAt: { gte: new Date(now.getTime() - 90 * DAY_MS) } },
      _sum: { totalCents: true },
    }),
  ]);
  return {
    id: customer?.id ?? null,
    orderCount: count,
    lastOrderAt: last?.placedAt ?? null,
    spend90dCents: recent._sum.totalCents ?? 0,
    paidTier: customer?.memberTier ?? null,
  };
}

/**
 * The coupon with this code and how often this customer has used it; null if unknown. Uses
 * are counted by the orders' phone too: a channel customer's first orders have no customer row.
 */
export async function loadCoupon(
  tx: Tx,
  code: string,
  customer: { id: string | null; phone: string },
): Promise<CouponFacts | null> {
  const coupon = await tx.coupon.findUnique({
    where: { code: code.trim().toUpperCase() },
    select: {
      id: true,
      code: true,
      campaignId: true,
      customerId: true,
      maxUses: true,
      usedCount: true,
      perCustomerLimit: true,
      validFrom: true,
      validTo: true,
    },
  });
  if (!coupon) return null;
  const customerUses = await tx.redemption.count({
    where: {
      couponId: coupon.id,
      OR: [
        { order: { customerPhone: customer.phone } },
        ...(customer.id ? [{ customerId: customer.id }] : []),
      ],
    },
  });
  return { ...coupon, customerUses };
}

/** The menu category of each item, for campaigns that target categories. */
export async function loadCategories(
  tx: Tx,
  itemIds: string[],
): Promise<Map<string, string | null>> {
  const rows = await tx.menuItem.findMany({
    where: { id: { in: [...new Set(itemIds)] } },
    select: { id: true, categoryId: true },
  });
  return new Map(rows.map((r) => [r.id, r.categoryId]));
}
