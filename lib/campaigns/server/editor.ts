import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import type { CampaignFormValues } from "@/lib/campaigns/schemas";
import type { EngineCampaign } from "@/lib/campaigns/domain/types";
import { publishWarnings, type CampaignWarning } from "@/lib/campaigns/domain/warnings";
import { getManagedCampaign } from "./mutations";
import { findRunningCampaigns } from "./publish";
import { getCampaignResults, type CampaignResults } from "./results";

const HOUR_MS = 3_600_000;

/** Form values of a campaign; checkbox groups always arrays so the form can bind them. */
export function toFormValues(c: EngineCampaign): CampaignFormValues {
  return {
    name: c.name,
    type: c.type,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    storeIds: [...c.storeIds],
    budgetCents: c.budgetCents,
    redemptionLimit: c.redemptionLimit,
    storeSharePct: c.storeSharePct,
    exclusive: c.exclusive,
    priority: c.priority,
    rules: { segments: [], channels: [], daysOfWeek: [], ...c.rules },
  };
}

/** A new campaign's starting values: a ¥30−¥5 threshold campaign for the next week. */
export function newCampaignValues(now = new Date()): CampaignFormValues {
  const start = new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS);
  return {
    name: "",
    type: "THRESHOLD",
    startsAt: start,
    endsAt: new Date(start.getTime() + 7 * 24 * HOUR_MS),
    storeIds: [],
    budgetCents: null,
    redemptionLimit: null,
    storeSharePct: 50,
    exclusive: false,
    priority: 0,
    rules: {
      tiers: [{ minSubtotalCents: 3000, discountCents: 500 }],
      segments: [],
      channels: [],
      daysOfWeek: [],
    },
  };
}

export type CampaignEditorData = {
  campaign: EngineCampaign;
  values: CampaignFormValues;
  warnings: CampaignWarning[];
  coupons: { total: number; used: number };
  results: CampaignResults;
};

/** Everything the campaign page shows; null for a missing or foreign campaign. */
export async function getCampaignEditorData(
  actor: Actor,
  id: string,
): Promise<CampaignEditorData | null> {
  const campaign = await getManagedCampaign(db, actor, id).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "not_found") return null;
    throw e;
  });
  if (!campaign) return null;
  const [running, coupons, results] = await Promise.all([
    findRunningCampaigns(db, campaign.id),
    db.coupon.aggregate({
      where: { campaignId: campaign.id },
      _count: { _all: true },
      _sum: { usedCount: true },
    }),
    getCampaignResults(db, campaign),
  ]);
  return {
    campaign,
    values: toFormValues(campaign),
    warnings: campaign.status === "DRAFT" ? publishWarnings(campaign, running) : [],
    coupons: { total: coupons._count._all, used: coupons._sum.usedCount ?? 0 },
    results,
  };
}
