import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/platform/db-client";
import { storeScope, type Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import type { RequestMeta } from "@/lib/platform/guard";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

export const correctOrderSchema = z.object({
  orderId: z.string().min(1).max(64),
  note: z.string().trim().max(300),
  addressLine: z.string().trim().min(1, "Give the address.").max(200),
});

export type CorrectOrderInput = z.infer<typeof correctOrderSchema>;

// Once a courier has the food, the address they drive to can no longer be changed here.
const CORRECTABLE: OrderStatus[] = ["PLACED", "ACCEPTED", "PREPARING", "READY"];

/**
 * Corrects the delivery note and address line of an order not yet picked up, audited with
 * before and after. The status check sits in the update's `where`, so a pickup racing the
 * correction wins cleanly instead of being overwritten.
 */
export async function correctOrder(
  db: Db,
  actor: Actor,
  input: CorrectOrderInput,
  meta?: RequestMeta,
) {
  return db.$transaction(async (tx) => {
    // Staff on the phone know the order code; the board knows the id. Either finds it.
    const where = { OR: [{ id: input.orderId }, { code: input.orderId }], ...storeScope(actor) };
    const before = await tx.order.findFirst({
      where,
      select: {
        id: true,
        code: true,
        storeId: true,
        status: true,
        version: true,
        note: true,
        addressLine: true,
      },
    });
    if (!before) throw new AppError("not_found", "Order not found.");
    const note = input.note === "" ? null : input.note;
    const { count } = await tx.order.updateMany({
      where: { id: before.id, status: { in: CORRECTABLE } },
      data: { note, addressLine: input.addressLine },
    });
    if (count === 0) {
      throw new AppError(
        "conflict",
        "The order has been picked up or closed; it can no longer be corrected.",
      );
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "order.correct",
        entityType: "Order",
        entityId: before.id,
        storeId: before.storeId,
        before: { note: before.note, addressLine: before.addressLine },
        after: { note, addressLine: input.addressLine },
      },
      meta,
    );
    await publishEvent(tx, {
      topic: "order.updated",
      storeId: before.storeId,
      payload: {
        orderId: before.id,
        code: before.code,
        status: before.status,
        version: before.version,
      },
    });
    return { id: before.id, code: before.code, note, addressLine: input.addressLine };
  });
}
