import { z } from "zod";
import { OrderStatus } from "@/lib/generated/prisma/enums";

/** Query of the staff order list (`GET /api/orders`). */
export const orderListQuerySchema = z.object({
  status: z.enum(OrderStatus).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const orderRef = { orderId: z.string().min(1).max(64), version: z.number().int().min(0) };
const reason = z.string().trim().min(1, "Give a reason.").max(300);

export const acceptOrderSchema = z.object({
  ...orderRef,
  prepMinutes: z.number().int().min(1).max(180).optional(),
});
export const rejectOrderSchema = z.object({ ...orderRef, reason });
export const orderStepSchema = z.object(orderRef);
export const cancelOrderSchema = z.object({ ...orderRef, reason });

export const refundItemSchema = z.object({
  orderItemId: z.string().min(1).max(64),
  quantity: z.number().int().min(1).max(999),
});

export const refundOrderSchema = z.object({
  orderId: z.string().min(1).max(64),
  /** null: refund everything still refundable. */
  items: z.array(refundItemSchema).min(1).max(100).nullable(),
  reasonCode: z.string().trim().min(1).max(64),
  bearer: z.enum(["STORE", "PLATFORM", "COURIER"]),
});

export type AcceptOrderInput = z.infer<typeof acceptOrderSchema>;
export type RefundOrderInput = z.infer<typeof refundOrderSchema>;
