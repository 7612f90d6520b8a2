import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { actorHasStore, type Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { CampaignFormValues } from "@/lib/campaigns/schemas";
import { exclusiveClash } from "@/lib/campaigns/domain/warnings";
import { isEditable } from "@/lib/campaigns/domain/lifecycle";
import { campaignEngineSelect, toEngineCampaign } from "./pricing-inputs";
import { checkCampaignTargets } from "./catalogue";

type Tx = Prisma.TransactionClient;

/** Campaigns the actor may manage: those of their stores; chain-wide ones need every store. */
export function checkCampaignStores(actor: Actor, storeIds: readonly string[]): void {
  const ok =
    storeIds.length === 0
      ? actor.storeIds === null
      : storeIds.every((s) => actorHasStore(actor, s));
  if (!ok) {
    throw new AppError("validation", "Pick stores you manage.", {
      fields: { storeIds: ["Pick stores you manage."] },
    });
  }
}

/** A campaign the actor may manage, or not_found (a foreign id reads like a missing one). */
export async function getManagedCampaign(tx: Tx | Db, actor: Actor, id: string) {
  const row = await tx.campaign.findUnique({ where: { id }, select: campaignEngineSelect });
  const storeIds = row?.stores.map((s) => s.storeId) ?? [];
  const mine =
    row !== null &&
    (storeIds.length === 0
      ? actor.storeIds === null
      : storeIds.every((s) => actorHasStore(actor, s)));
  if (!row || !mine) throw new AppError("not_found", "Campaign not found.");
  const engine = toEngineCampaign(row);
  if (!engine) throw new AppError("conflict", "This campaign's stored rules cannot be read.");
  return engine;
}

/** Overlapping exclusive campaigns are refused as a field error on `exclusive`. */
async function refuseExclusiveClash(tx: Tx, campaignId: string | null, values: CampaignFormValues) {
  if (!values.exclusive) return;
  const others = await tx.campaign.findMany({
    where: {
      exclusive: true,
      status: { in: ["LIVE", "SCHEDULED", "PENDING_APPROVAL", "PAUSED"] },
      ...(campaignId ? { id: { not: campaignId } } : {}),
    },
    select: campaignEngineSelect,
  });
  const clash = exclusiveClash(
    { ...values, id: campaignId ?? "new" },
    others.flatMap((o) => toEngineCampaign(o) ?? []),
  );
  if (clash) {
    const message = `Overlaps the exclusive campaign "${clash.name}" in time and stores.`;
    throw new AppError("validation", message, { fields: { exclusive: [message] } });
  }
}

function columns(values: CampaignFormValues) {
  return {
    name: values.name,
    type: values.type,
    rules: JSON.stringify(values.rules),
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    budgetCents: values.budgetCents,
    redemptionLimit: values.redemptionLimit,
    storeSharePct: values.storeSharePct,
    exclusive: values.exclusive,
    priority: values.priority,
  };
}

/** Creates a draft campaign. */
export async function createCampaign(
  db: Db,
  actor: Actor,
  values: CampaignFormValues,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  checkCampaignStores(actor, values.storeIds);
  return db.$transaction(async (tx) => {
    await refuseExclusiveClash(tx, null, values);
    await checkCampaignTargets(tx, values);
    const created = await tx.campaign.create({
      data: {
        ...columns(values),
        status: "DRAFT",
        createdById: actor.id,
        stores: { create: values.storeIds.map((storeId) => ({ storeId })) },
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      { action: "campaign.create", entityType: "Campaign", entityId: created.id, after: values },
      meta,
    );
    return created;
  });
}

/** Changes the terms of a draft or paused campaign. */
export async function updateCampaign(
  db: Db,
  actor: Actor,
  id: string,
  values: CampaignFormValues,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  checkCampaignStores(actor, values.storeIds);
  return db.$transaction(async (tx) => {
    const before = await getManagedCampaign(tx, actor, id);
    if (!isEditable(before.status)) {
      throw new AppError(
        "conflict",
        "Only draft or paused campaigns can be changed; pause it first.",
      );
    }
    await refuseExclusiveClash(tx, id, values);
    await checkCampaignTargets(tx, values);
    await tx.campaign.update({ where: { id }, data: columns(values) });
    await tx.campaignStore.deleteMany({ where: { campaignId: id } });
    await tx.campaignStore.createMany({
      data: values.storeIds.map((storeId) => ({ campaignId: id, storeId })),
    });
    await recordAudit(
      tx,
      actor,
      { action: "campaign.update", entityType: "Campaign", entityId: id, before, after: values },
      meta,
    );
    return { id };
  });
}
