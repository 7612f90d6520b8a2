import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { csatOpen } from "@/lib/tracking/domain/chat";
import { getOrderByToken } from "@/lib/tracking/server/order-by-token";
import type { CsatInput } from "../schemas";
import { findCustomerTicket } from "./customer-thread";

export type CsatResult = { ticketCode: string; score: number };

const ALREADY = "The survey has already been answered.";

/** Stores the customer's one survey answer on the order's resolved ticket; a second is refused. */
export async function answerCsat(
  db: Db,
  token: string,
  input: CsatInput,
  now = new Date(),
): Promise<CsatResult> {
  return db.$transaction(async (tx) => {
    const order = await getOrderByToken(tx, token);
    const ticket = await findCustomerTicket(tx, order.id);
    if (!ticket) throw new AppError("conflict", "This order has no support conversation.");
    if (ticket.csatAt) throw new AppError("conflict", ALREADY);
    const customerWrote =
      (await tx.ticketMessage.count({ where: { ticketId: ticket.id, authorType: "CUSTOMER" } })) >
      0;
    if (!csatOpen({ ...ticket, customerWrote })) {
      throw new AppError("conflict", "The survey opens once support has resolved the ticket.");
    }
    // Two answers racing: the condition on csatAt lets exactly one through.
    const claimed = await tx.ticket.updateMany({
      where: { id: ticket.id, csatAt: null },
      data: { csatScore: input.score, csatComment: input.comment || null, csatAt: now },
    });
    if (claimed.count === 0) throw new AppError("conflict", ALREADY);
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: ticket.storeId,
      payload: { id: ticket.id, code: ticket.code, csatScore: input.score },
    });
    return { ticketCode: ticket.code, score: input.score };
  });
}
