import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/platform/db-client";
import { actorHasStore, type Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { intakeOrderSchema } from "@/lib/orders/schemas";
import { placeOrderInTx, type PlacedOrder } from "./intake";
import { staff } from "./order-actor";

/** A phone order as staff enter it: the intake body (no channel fields) plus the store. */
export const phoneOrderSchema = intakeOrderSchema
  .omit({ channelOrderRef: true, expectedTotalCents: true })
  .extend({ storeId: z.string().trim().min(1, "Pick a store.").max(64) });

export type PhoneOrderInput = z.infer<typeof phoneOrderSchema>;

/**
 * Places an order taken by phone through the same intake as the API (store, zone, menu
 * pricing, stock, events), attributed to the staff member and audited in one transaction.
 */
export async function createPhoneOrder(
  db: Db,
  actor: Actor,
  input: PhoneOrderInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<PlacedOrder> {
  const { storeId, ...body } = input;
  // A store outside the actor's scope reads exactly like a missing one.
  if (!actorHasStore(actor, storeId)) {
    throw new AppError("validation", "Pick a store.", { fields: { storeId: ["Unknown store."] } });
  }
  return db.$transaction(async (tx) => {
    const placed = await placeOrderInTx(
      tx,
      { keyId: `staff:${actor.id}`, storeId, channel: "PHONE" },
      body,
      { now, placedBy: staff(actor, meta) },
    );
    const customer = await tx.customer.findUnique({
      where: { phone: body.customer.phone },
      select: { id: true },
    });
    if (customer) {
      await tx.order.update({ where: { id: placed.id }, data: { customerId: customer.id } });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "order.phone_create",
        entityType: "Order",
        entityId: placed.id,
        storeId,
        after: {
          code: placed.code,
          totalCents: placed.totalCents,
          items: body.items,
          addressLine: body.address.line,
        },
      },
      meta,
    );
    return placed;
  });
}

export type SavedAddress = {
  id: string;
  label: string | null;
  line: string;
  lat: number;
  lng: number;
};

/** The saved addresses of the customer with this exact phone, default first; none if unknown. */
export async function findCustomerAddresses(db: Db, phone: string): Promise<SavedAddress[]> {
  const customer = await db.customer.findUnique({
    where: { phone: phone.trim() },
    select: {
      addresses: {
        select: { id: true, label: true, line: true, lat: true, lng: true },
        orderBy: { isDefault: "desc" },
        take: 20,
      },
    },
  });
  return customer?.addresses ?? [];
}
