import "server-only";
import type { ApiPrincipal } from "@/lib/platform/api-keys";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import type { ApiTicketInput } from "../schemas";
import { openTicket } from "./open-ticket";
import { withFreshTicketCode } from "@/lib/tracking/server/ticket-code";

/**
 * Files a ticket from another channel for the API key's store. An order code must name an
 * order of that store (a foreign order reads as missing); the customer is matched by phone.
 */
export async function fileApiTicket(
  db: Db,
  principal: ApiPrincipal,
  input: ApiTicketInput,
  now = new Date(),
) {
  return withFreshTicketCode(() =>
    db.$transaction(async (tx) => {
      let orderId: string | null = null;
      let customerId: string | null = null;
      if (input.orderCode) {
        const order = await tx.order.findFirst({
          where: { code: input.orderCode, storeId: principal.storeId },
          select: { id: true, customerId: true },
        });
        if (!order) {
          throw new AppError("validation", "No such order in this store.", {
            fields: { orderCode: ["No such order in this store."] },
          });
        }
        orderId = order.id;
        customerId = order.customerId;
      }
      if (!customerId && input.customer) {
        const c = await tx.customer.findUnique({
          where: { phone: input.customer.phone },
          select: { id: true },
        });
        customerId = c?.id ?? null;
      }
      const ticket = await openTicket(
        tx,
        {
          source: "API",
          subject: input.subject,
          priority: input.priority,
          labels: [...(input.labels ?? []), principal.channel.toLowerCase()],
          orderId,
          customerId,
          storeId: principal.storeId,
          message: { authorType: "CUSTOMER", body: input.message },
        },
        now,
      );
      const row = await tx.ticket.findUniqueOrThrow({
        where: { id: ticket.id },
        select: {
          code: true,
          status: true,
          priority: true,
          firstResponseDueAt: true,
          resolutionDueAt: true,
          createdAt: true,
        },
      });
      return row;
    }),
  );
}
