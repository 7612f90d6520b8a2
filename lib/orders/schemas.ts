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

const id = z.string().trim().min(1).max(64);

/** Body of `POST /api/v1/orders`. Strict: prices or totals per line are not accepted input. */
export const intakeOrderSchema = z.strictObject({
  channelOrderRef: z.string().trim().min(1).max(64).optional(),
  customer: z.strictObject({
    name: z.string().trim().min(1).max(60),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 -]{6,20}$/, "Give a phone number."),
  }),
  address: z.strictObject({
    line: z.string().trim().min(1).max(200),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  }),
  items: z
    .array(
      z.strictObject({
        itemId: id,
        quantity: z.number().int().min(1, "Quantity must be at least 1.").max(99),
        optionIds: z.array(id).max(20).default([]),
      }),
    )
    .min(1, "Order at least one item.")
    .max(50),
  note: z.string().trim().max(300).optional(),
  /** What the channel showed the customer; compared and reported, never used. */
  expectedTotalCents: z.number().int().min(0).optional(),
  /** A coupon the customer presents; checked and priced by the campaigns engine. */
  couponCode: z.string().trim().min(1).max(40).optional(),
});

export type IntakeOrderInput = z.infer<typeof intakeOrderSchema>;
