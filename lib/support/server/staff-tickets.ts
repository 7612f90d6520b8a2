import "server-only";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { withFreshTicketCode } from "@/lib/tracking/server/ticket-code";
import type { StaffTicketInput } from "../schemas";
import { openTicket } from "./open-ticket";

const NO_ORDER = "No such order.";

/**
 * Opens a ticket by hand for a customer who called or walked in. The message is what the
 * customer asked (so their clock starts); an order code must name an order of the actor's
 * stores, a foreign one reads as missing. One transaction with its audit row.
 */
export async function createStaffTicket(
  db: Db,
  actor: Actor,
  input: StaffTicketInput,
  now = new Date(),
  meta?: { ip: string; userAgent: string | null },
) {
  return withFreshTicketCode(() =>
    db.$transaction(async (tx) => {
      const order = input.orderCode
        ? await tx.order.findFirst({
            where: {
              code: input.orderCode,
              ...(actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } }),
            },
            select: { id: true, storeId: true, customerId: true },
          })
        : null;
      if (input.orderCode && !order) {
        throw new AppError("validation", NO_ORDER, { fields: { orderCode: [NO_ORDER] } });
      }
      const ticket = await openTicket(
        tx,
        {
          source: "STAFF",
          subject: input.subject,
          priority: input.priority,
          orderId: order?.id ?? null,
          customerId: order?.customerId ?? null,
          storeId: order?.storeId ?? null,
          message: { authorType: "CUSTOMER", body: input.message },
        },
        now,
      );
      await recordAudit(
        tx,
        actor,
        {
          action: "support.ticket_created",
          entityType: "Ticket",
          entityId: ticket.id,
          storeId: order?.storeId ?? null,
          after: { code: ticket.code, source: "STAFF", orderCode: input.orderCode ?? null },
        },
        meta,
      );
      return { code: ticket.code };
    }),
  );
}
