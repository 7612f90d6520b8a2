import "server-only";
import type { Actor } from "@/lib/platform/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";

type Tx = Prisma.TransactionClient;

/** Tickets the actor may see: those of their stores and those that belong to no store. */
export function ticketWhere(actor: Pick<Actor, "storeIds">): Prisma.TicketWhereInput {
  return actor.storeIds === null
    ? {}
    : { OR: [{ storeId: null }, { storeId: { in: actor.storeIds } }] };
}

/**
 * Loads a ticket the actor may touch, refusing a stale version (someone else changed or closed
 * it a moment ago) and a closed or merged ticket, so nothing is done twice or on a dead thread.
 */
export async function getWritableTicket(
  tx: Tx,
  actor: Actor,
  ticketId: string,
  version?: number,
  options: { allowClosed?: boolean } = {},
) {
  const ticket = await tx.ticket.findFirst({
    where: { id: ticketId, ...ticketWhere(actor) },
    select: {
      id: true,
      code: true,
      version: true,
      status: true,
      priority: true,
      storeId: true,
      orderId: true,
      customerId: true,
      assigneeId: true,
      labels: true,
      mergedIntoId: true,
      createdAt: true,
      firstRespondedAt: true,
      awaitingSince: true,
      pausedMs: true,
      pendingSince: true,
    },
  });
  if (!ticket) throw new AppError("not_found", "Ticket not found.");
  if (ticket.mergedIntoId)
    throw new AppError("conflict", "This ticket was merged into another one.");
  if (ticket.status === "CLOSED" && !options.allowClosed)
    throw new AppError("conflict", "This ticket was closed; reopen it to act on it.");
  if (version !== undefined && ticket.version !== version) {
    throw new AppError("conflict", "Someone else changed this ticket a moment ago; reload it.", {
      currentVersion: ticket.version,
      currentStatus: ticket.status,
    });
  }
  return ticket;
}

export type WritableTicket = Awaited<ReturnType<typeof getWritableTicket>>;

/** Bumps the version only if it is still the one read, so two writers cannot both win. */
export async function claimVersion(
  tx: Tx,
  ticket: WritableTicket,
  data: Prisma.TicketUpdateManyMutationInput,
) {
  const { count } = await tx.ticket.updateMany({
    where: { id: ticket.id, version: ticket.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError("conflict", "Someone else changed this ticket a moment ago; reload it.");
}
