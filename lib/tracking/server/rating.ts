import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { openTicket } from "@/lib/support/server/open-ticket";
import type { RatingInput } from "../schemas";
import { getOrderByToken } from "./order-by-token";
import { withFreshTicketCode } from "./ticket-code";

export type RatingResult = { rating: number; ticketCode: string | null };

const isUniqueOnOrder = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  "code" in error &&
  error.code === "P2002" &&
  JSON.stringify(error).includes("orderId");

/**
 * Records the customer's one rating of a delivered order; a rating of 1–2 also opens a
 * support ticket so someone reaches out before the customer churns.
 */
export async function rateOrder(
  db: Db,
  token: string,
  input: RatingInput,
  now = new Date(),
): Promise<RatingResult> {
  try {
    return await withFreshTicketCode(() =>
      db.$transaction(async (tx) => {
        const order = await getOrderByToken(tx, token);
        if (!order.deliveredAt) {
          throw new AppError("conflict", "An order can be rated once it has been delivered.");
        }
        const existing = await tx.review.findUnique({
          where: { orderId: order.id },
          select: { id: true },
        });
        if (existing) throw new AppError("conflict", "This order has already been rated.");
        const comment = input.comment || null;
        await tx.review.create({
          data: {
            orderId: order.id,
            storeId: order.storeId,
            customerId: order.customerId,
            rating: input.rating,
            comment,
            createdAt: now,
          },
        });
        if (input.rating > 2) return { rating: input.rating, ticketCode: null };
        const ticket = await openTicket(
          tx,
          {
            source: "REVIEW",
            orderId: order.id,
            customerId: order.customerId,
            storeId: order.storeId,
            subject: `Low rating ${input.rating}/5 / 差评 · ${order.code}`,
            priority: input.rating === 1 ? "HIGH" : "NORMAL",
            labels: ["review"],
            message: { authorType: "CUSTOMER", body: comment ?? `★${input.rating}` },
          },
          now,
        );
        return { rating: input.rating, ticketCode: ticket.code };
      }),
    );
  } catch (error) {
    // Two rating requests racing: the unique orderId lets exactly one through.
    if (isUniqueOnOrder(error))
      throw new AppError("conflict", "This order has already been rated.");
    throw error;
  }
}
