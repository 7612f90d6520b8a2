import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { averageCost, receiveDelivery } from "../domain/purchase-order";
import type { CreatePurchaseOrderInput, ReceivePurchaseOrderInput } from "../schemas";
import { requireStore } from "./menu-csv";

const scopeOf = (actor: Actor) =>
  actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };

/** Creates a draft purchase order for ingredients of one store from one supplier. */
export async function createPurchaseOrder(
  db: Db,
  actor: Actor,
  input: CreatePurchaseOrderInput,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  await requireStore(db, actor, input.storeId);
  const supplier = await db.supplier.findFirst({
    where: { id: input.supplierId, OR: [{ storeId: null }, { storeId: input.storeId }] },
    select: { id: true },
  });
  if (!supplier)
    throw new AppError("validation", "Pick a supplier.", {
      fields: { supplierId: ["Unknown supplier."] },
    });
  const ingredientIds = input.lines.map((l) => l.ingredientId);
  const found = await db.ingredient.count({
    where: { id: { in: ingredientIds }, storeId: input.storeId },
  });
  if (found !== new Set(ingredientIds).size) {
    throw new AppError("validation", "Some lines name unknown ingredients.", {
      fields: { lines: ["Unknown ingredient."] },
    });
  }
  const totalCents = Math.round(input.lines.reduce((s, l) => s + l.quantity * l.unitCostCents, 0));
  return db.$transaction(async (tx) => {
    const po = await tx.purchaseOrder.create({
      data: {
        storeId: input.storeId,
        supplierId: input.supplierId,
        totalCents,
        createdById: actor.id,
        lines: { create: input.lines },
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "supply.po_created",
        entityType: "PurchaseOrder",
        entityId: po.id,
        storeId: input.storeId,
        after: { totalCents },
      },
      meta,
    );
    return po;
  });
}

/** Marks a draft purchase order as sent to its supplier. */
export async function sendPurchaseOrder(
  db: Db,
  actor: Actor,
  purchaseOrderId: string,
  meta?: RequestMeta,
) {
  return db.$transaction(async (tx) => {
    const po = await tx.purchaseOrder.findFirst({
      where: { id: purchaseOrderId, ...scopeOf(actor) },
      select: { id: true, storeId: true },
    });
    if (!po) throw new AppError("not_found", "No such purchase order in your stores.");
    const { count } = await tx.purchaseOrder.updateMany({
      where: { id: po.id, status: "DRAFT" },
      data: { status: "SENT", sentAt: new Date() },
    });
    if (count === 0)
      throw new AppError("conflict", "Only a draft can be sent; it changed meanwhile.");
    await recordAudit(
      tx,
      actor,
      {
        action: "supply.po_sent",
        entityType: "PurchaseOrder",
        entityId: po.id,
        storeId: po.storeId,
      },
      meta,
    );
    return { status: "SENT" as const };
  });
}

/**
 * Receives (part of) a purchase order: each line's quantity goes onto the ingredient's stock
 * with a RECEIVE ledger row, the ingredient's unit cost becomes the moving average, and the
 * order becomes partly received or received. One transaction; over-delivery is refused.
 */
export async function receivePurchaseOrder(
  db: Db,
  actor: Actor,
  input: ReceivePurchaseOrderInput,
  meta?: RequestMeta,
) {
  return db.$transaction(async (tx) => {
    const po = await tx.purchaseOrder.findFirst({
      where: { id: input.purchaseOrderId, ...scopeOf(actor) },
      select: { id: true, storeId: true, status: true, lines: true },
    });
    if (!po) throw new AppError("not_found", "No such purchase order in your stores.");
    const check = receiveDelivery(po.status, po.lines, input.lines);
    if (!check.ok) {
      throw new AppError(check.field === "_" ? "conflict" : "validation", check.message, {
        fields: { [check.field === "_" ? "_" : `lines.${check.field}`]: [check.message] },
      });
    }
    for (const r of input.lines) {
      const line = po.lines.find((l) => l.id === r.lineId);
      if (!line || r.qty <= 0) continue;
      // Guarded by the amount read, so two clerks receiving the same line cannot both book it.
      const { count } = await tx.purchaseOrderLine.updateMany({
        where: { id: line.id, receivedQty: line.receivedQty },
        data: { receivedQty: { increment: r.qty } },
      });
      if (count === 0)
        throw new AppError("conflict", "This delivery was booked by someone else meanwhile.");
      const ing = await tx.ingredient.findUniqueOrThrow({
        where: { id: line.ingredientId },
        select: { stockQty: true, costCents: true },
      });
      await tx.ingredient.update({
        where: { id: line.ingredientId },
        data: {
          stockQty: { increment: r.qty },
          costCents: averageCost(ing.stockQty, ing.costCents, r.qty, line.unitCostCents),
        },
      });
      await tx.stockMovement.create({
        data: {
          storeId: po.storeId,
          ingredientId: line.ingredientId,
          delta: r.qty,
          reason: "RECEIVE",
          actorId: actor.id,
          note: `PO ${po.id.slice(-6)} @ ${line.unitCostCents}`,
        },
      });
    }
    await tx.purchaseOrder.update({
      where: { id: po.id },
      data: {
        status: check.status,
        ...(check.status === "RECEIVED" ? { receivedAt: new Date() } : {}),
      },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "supply.po_received",
        entityType: "PurchaseOrder",
        entityId: po.id,
        storeId: po.storeId,
        after: { status: check.status, lines: input.lines },
      },
      meta,
    );
    return { status: check.status };
  });
}
