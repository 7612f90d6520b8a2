import { z } from "zod";
import { OrderStatus } from "@/lib/generated/prisma/enums";

/** Query of the staff order list (`GET /api/orders`). */
export const orderListQuerySchema = z.object({
  status: z.enum(OrderStatus).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
