import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { approvalThresholdCents, requestApproval } from "@/lib/approvals/server/requests";
import { nextCampaignState, type CampaignAction } from "@/lib/campaigns/domain/lifecycle";
import {
  exclusiveClash,
  publishWarnings,
  type CampaignWarning,
} from "@/lib/campaigns/domain/warnings";
import type { CampaignState, EngineCampaign } from "@/lib/campaigns/domain/types";
import { checkRules } from "@/lib/campaigns/schemas";
import { getManagedCampaign } from "./mutations";
import { findCampaignCatalogue } from "./catalogue";
import { campaignEngineSelect, toEngineCampaign } from "./pricing-inputs";

type Tx = Prisma.TransactionClient;

export type TransitionResult =
  | { status: CampaignState; approvalId: string | null; warnings: CampaignWarning[] }
  | { status: null; warnings: CampaignWarning[] };

/** Campaigns that are running or about to, to compare a campaign with before publishing. */
export async function findRunningCampaigns(
  tx: Tx | Db,
  exceptId: string,
): Promise<EngineCampaign[]> {
  const rows = await tx.campaign.findMany({
    where: { id: { not: exceptId }, status: { in: ["LIVE", "SCHEDULED", "PENDING_APPROVAL"] } },
    select: campaignEngineSelect,
    take: 200,
  });
  return rows.flatMap((r) => toEngineCampaign(r) ?? []);
}

/** Moves a campaign on the state machine, with the checks publishing needs. */
async function moveCampaign(tx: Tx, c: EngineCampaign, to: CampaignState): Promise<void> {
  const moved = await tx.campaign.updateMany({
    where: { id: c.id, status: c.status },
    data: { status: to },
  });
  if (moved.count !== 1)
    throw new AppError("conflict", "The campaign changed meanwhile; reload it.");
}

/**
 * Publishes, pauses, resumes or ends a campaign. Publishing re-checks the rules, refuses an
 * overlapping exclusive campaign, returns warnings unless `acknowledged`, and sends a budget
 * at or above the CAMPAIGN_BUDGET approval line to the approval queue instead of going live.
 */
export async function transitionCampaign(
  db: Db,
  actor: Actor,
  input: { campaignId: string; action: CampaignAction; acknowledged?: boolean },
  meta?: RequestMeta,
  now = new Date(),
): Promise<TransitionResult> {
  return db.$transaction(async (tx) => {
    const c = await getManagedCampaign(tx, actor, input.campaignId);
    let warnings: CampaignWarning[] = [];
    let needsApproval = false;
    if (input.action === "publish") {
      const fields: Record<string, string[]> = {};
      checkRules(c.type, c.rules, (path, message) => (fields[path] ??= []).push(message));
      if (c.endsAt <= c.startsAt) fields.endsAt = ["The end must be after the start."];
      const running = await findRunningCampaigns(tx, c.id);
      const clash = exclusiveClash(c, running);
      if (clash) fields.exclusive = [`Overlaps the exclusive campaign "${clash.name}".`];
      if (Object.keys(fields).length > 0) {
        throw new AppError("validation", "Fix the campaign before publishing.", { fields });
      }
      const { items } = await findCampaignCatalogue(tx, actor);
      warnings = publishWarnings(c, running, items);
      if (warnings.length > 0 && !input.acknowledged) return { status: null, warnings };
      const threshold = await approvalThresholdCents(
        tx,
        "CAMPAIGN_BUDGET",
        c.storeIds.length === 1 ? (c.storeIds[0] ?? null) : null,
      );
      needsApproval = threshold !== null && (c.budgetCents === null || c.budgetCents >= threshold);
    }
    const to = nextCampaignState(c.status, input.action, {
      now,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      needsApproval,
    });
    if (to === null)
      throw new AppError(
        "conflict",
        `A ${c.status.toLowerCase()} campaign cannot be ${input.action}ed now.`,
      );
    await moveCampaign(tx, c, to);
    const approval =
      to === "PENDING_APPROVAL"
        ? await requestApproval(tx, {
            kind: "CAMPAIGN_BUDGET",
            storeId: c.storeIds.length === 1 ? (c.storeIds[0] ?? null) : null,
            amountCents: c.budgetCents ?? 0,
            summary: `Publish campaign "${c.name}" with budget ${c.budgetCents === null ? "unlimited" : `¥${(c.budgetCents / 100).toFixed(2)}`}`,
            payload: { campaignId: c.id },
            requestedById: actor.id,
            subjectType: "Campaign",
            subjectId: c.id,
          })
        : null;
    await recordAudit(
      tx,
      actor,
      {
        action: `campaign.${input.action}`,
        entityType: "Campaign",
        entityId: c.id,
        before: { status: c.status },
        after: { status: to, warnings: warnings.map((w) => w.code) },
      },
      meta,
    );
    return { status: to, approvalId: approval?.id ?? null, warnings };
  });
}

const approvedPayload = z.object({ campaignId: z.string().min(1) });

/** CAMPAIGN_BUDGET executor: an approved campaign goes scheduled or live. */
export async function publishApprovedCampaign(tx: Tx, payload: unknown): Promise<void> {
  const parsed = approvedPayload.safeParse(payload);
  if (!parsed.success) throw new AppError("validation", "Malformed campaign approval.");
  const c = await tx.campaign.findUnique({
    where: { id: parsed.data.campaignId },
    select: { status: true, startsAt: true, endsAt: true },
  });
  if (!c || c.status !== "PENDING_APPROVAL")
    throw new AppError("conflict", "The campaign is no longer waiting for approval.");
  const now = new Date();
  const to = now < c.startsAt ? "SCHEDULED" : now < c.endsAt ? "LIVE" : "ENDED";
  await tx.campaign.update({ where: { id: parsed.data.campaignId }, data: { status: to } });
}

/**
 * CAMPAIGN_BUDGET rejection handler: a rejected or withdrawn budget sends the campaign back to
 * draft, so its owner can change the budget and publish again instead of being stuck waiting.
 */
export async function returnRejectedCampaign(tx: Tx, payload: unknown): Promise<void> {
  const parsed = approvedPayload.safeParse(payload);
  if (!parsed.success) return;
  await tx.campaign.updateMany({
    where: { id: parsed.data.campaignId, status: "PENDING_APPROVAL" },
    data: { status: "DRAFT" },
  });
}
