import { z } from "zod";

const id = z.string().trim().min(1, "Required.").max(64);

/** Assign (or bulk reassign) open orders to one courier, optionally pinning them. */
export const assignOrdersSchema = z.object({
  orderIds: z.array(id).min(1, "Choose at least one order.").max(50, "At most 50 orders at once."),
  courierId: id,
  pin: z.boolean().optional(),
});

export const unassignOrderSchema = z.object({ orderId: id });

export const setPinSchema = z.object({ orderId: id, pinned: z.boolean() });

export const setZoneAutoDispatchSchema = z.object({ zoneId: id, enabled: z.boolean() });

export type AssignOrdersInput = z.infer<typeof assignOrdersSchema>;
