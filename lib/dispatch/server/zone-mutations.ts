import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { RequestMeta } from "@/lib/platform/guard";
import type { CreateZoneInput, UpdateZoneInput } from "@/lib/dispatch/zones/schemas";

/** Zones an actor may edit: those of their stores; platform-wide ones only for unscoped staff. */
function editableZones(actor: Actor) {
  return actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
}

const auditView = (z: {
  name: string;
  storeId: string | null;
  polygon: string;
  deliveryFeeCents: number;
  minOrderCents: number;
  active: boolean;
}) => ({
  name: z.name,
  storeId: z.storeId,
  polygon: JSON.parse(z.polygon) as unknown,
  deliveryFeeCents: z.deliveryFeeCents,
  minOrderCents: z.minOrderCents,
  active: z.active,
});

/** Creates a delivery zone of a store (or platform-wide), audited in the same transaction. */
export async function createZone(db: Db, actor: Actor, input: CreateZoneInput, meta?: RequestMeta) {
  if (input.storeId === null && actor.storeIds !== null) {
    throw new AppError("validation", "Only platform staff may add platform-wide zones.", {
      fields: { storeId: ["dispatch.zoneErrStore"] },
    });
  }
  if (input.storeId !== null) {
    const allowed = actor.storeIds === null || actor.storeIds.includes(input.storeId);
    const store = allowed
      ? await db.store.findUnique({ where: { id: input.storeId }, select: { id: true } })
      : null;
    if (!store) {
      throw new AppError("validation", "Unknown store.", {
        fields: { storeId: ["dispatch.zoneErrStore"] },
      });
    }
  }
  return db.$transaction(async (tx) => {
    const zone = await tx.zone.create({
      data: {
        storeId: input.storeId,
        name: input.name,
        polygon: JSON.stringify(input.polygon),
        deliveryFeeCents: input.deliveryFeeCents,
        minOrderCents: input.minOrderCents,
        active: input.active,
      },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "zone.create",
        entityType: "Zone",
        entityId: zone.id,
        storeId: zone.storeId,
        after: auditView(zone),
      },
      meta,
    );
    return { id: zone.id };
  });
}

/** Changes a zone's outline, fees and name; order intake uses the new values at once. */
export async function updateZone(db: Db, actor: Actor, input: UpdateZoneInput, meta?: RequestMeta) {
  return db.$transaction(async (tx) => {
    const before = await tx.zone.findFirst({ where: { id: input.id, ...editableZones(actor) } });
    if (!before) throw new AppError("not_found", "Zone not found.");
    const after = await tx.zone.update({
      where: { id: before.id },
      data: {
        name: input.name,
        polygon: JSON.stringify(input.polygon),
        deliveryFeeCents: input.deliveryFeeCents,
        minOrderCents: input.minOrderCents,
        active: input.active,
      },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "zone.update",
        entityType: "Zone",
        entityId: after.id,
        storeId: after.storeId,
        before: auditView(before),
        after: auditView(after),
      },
      meta,
    );
    return { id: after.id };
  });
}

/** Deletes a zone; its past orders keep their fees and lose only the zone link. */
export async function deleteZone(db: Db, actor: Actor, input: { id: string }, meta?: RequestMeta) {
  return db.$transaction(async (tx) => {
    const before = await tx.zone.findFirst({ where: { id: input.id, ...editableZones(actor) } });
    if (!before) throw new AppError("not_found", "Zone not found.");
    await tx.zone.delete({ where: { id: before.id } });
    await recordAudit(
      tx,
      actor,
      {
        action: "zone.delete",
        entityType: "Zone",
        entityId: before.id,
        storeId: before.storeId,
        before: auditView(before),
      },
      meta,
    );
    return { id: before.id };
  });
}
