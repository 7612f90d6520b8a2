import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import type { CampaignFormValues } from "@/lib/campaigns/schemas";
import type { EngineCampaign } from "@/lib/campaigns/domain/types";
import {
  publishWarnings,
  type CampaignWarning,
  type ExclusiveRef,
} from "@/lib/campaigns/domain/warnings";
import { getManagedCampaign } from "./mutations";
import { findRunningCampaigns } from "./publish";
import { getCampaignResults, type CampaignResults } from "./results";
import { findCampaignCatalogue, type CampaignCatalogue } from "./catalogue";
import { getCampaignDaily, type CampaignDay } from "./results-daily";

const HOUR_MS = 3_600_000;
// Checkbox groups bind to arrays only when their starting value is one.
const ARRAY_RULES = {
  segments: [],
  channels: [],
  daysOfWeek: [],
  zoneIds: [],
  itemIds: [],
  categoryIds: [],
} satisfies CampaignFormValues["rules"];

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
    rules: { ...ARRAY_RULES, ...c.rules },
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
      ...ARRAY_RULES,
    },
  };
}

/** What the editor needs besides the values: the targetable catalogue and exclusive campaigns. */
export type EditorContext = { catalogue: CampaignCatalogue; exclusives: ExclusiveRef[] };

/** Exclusive campaigns a new exclusive one may not overlap (the save refuses the same). */
async function findExclusiveCampaigns(exceptId: string | null): Promise<ExclusiveRef[]> {
  const rows = await db.campaign.findMany({
    where: {
      exclusive: true,
      status: { in: ["LIVE", "SCHEDULED", "PENDING_APPROVAL", "PAUSED"] },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: {
      id: true,
      name: true,
      exclusive: true,
      startsAt: true,
      endsAt: true,
      stores: { select: { storeId: true } },
    },
    take: 200,
  });
  return rows.map(({ stores, ...c }) => ({ ...c, storeIds: stores.map((s) => s.storeId) }));
}

/** The catalogue the actor can target and the exclusive campaigns to check against. */
export async function getEditorContext(
  actor: Actor,
  campaignId: string | null,
): Promise<EditorContext> {
  const [catalogue, exclusives] = await Promise.all([
    findCampaignCatalogue(db, actor),
    findExclusiveCampaigns(campaignId),
  ]);
  return { catalogue, exclusives };
}

export type CampaignEditorData = EditorContext & {
  campaign: EngineCampaign;
  values: CampaignFormValues;
  warnings: CampaignWarning[];
  coupons: { total: number; used: number };
  results: CampaignResults;
  daily: CampaignDay[];
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
  const [running, coupons, results, daily, context] = await Promise.all([
    findRunningCampaigns(db, campaign.id),
    db.coupon.aggregate({
      where: { campaignId: campaign.id },
      _count: { _all: true },
      _sum: { usedCount: true },
    }),
    getCampaignResults(db, campaign),
    getCampaignDaily(db, campaign.id),
    getEditorContext(actor, campaign.id),
  ]);
  return {
    campaign,
    values: toFormValues(campaign),
    warnings:
      campaign.status === "DRAFT"
        ? publishWarnings(campaign, running, context.catalogue.items)
        : [],
    coupons: { total: coupons._count._all, used: coupons._sum.usedCount ?? 0 },
    results,
    daily,
    ...context,
  };
}
