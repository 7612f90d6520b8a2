import "server-only";
import { db } from "@/lib/platform/db";
import type { CampaignStatus, CampaignType } from "@/lib/generated/prisma/enums";

type StoreWhere = { storeId?: { in: string[] } };

export type CampaignRow = {
  id: string;
  name: string;
  type: CampaignType;
  status: CampaignStatus;
  startsAt: Date;
  endsAt: Date;
  budgetCents: number | null;
  spentCents: number;
  redemptionCount: number;
  redemptionLimit: number | null;
  /** 0 means the campaign runs in every store. */
  storeCount: number;
};

/** Campaigns linked to a scoped store, or linked to none (they apply everywhere). */
function campaignScope(scope: StoreWhere) {
  if (!scope.storeId) return {};
  return { OR: [{ stores: { some: { storeId: scope.storeId } } }, { stores: { none: {} } }] };
}

/** Campaigns visible in the scope, latest start first. */
export async function findCampaigns(scope: StoreWhere, limit = 200): Promise<CampaignRow[]> {
  const campaigns = await db.campaign.findMany({
    where: campaignScope(scope),
    orderBy: [{ startsAt: "desc" }, { name: "asc" }],
    take: limit,
    select: {
      id: true,
      name: true,
      type: true,
      status: true,
      startsAt: true,
      endsAt: true,
      budgetCents: true,
      spentCents: true,
      redemptionCount: true,
      redemptionLimit: true,
      _count: { select: { stores: true } },
    },
  });
  return campaigns.map(({ _count, ...c }) => ({ ...c, storeCount: _count.stores }));
}
