import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishEvent } from "@/lib/platform/events";
import { autoAssignTicket } from "./assign";

type Tx = Prisma.TransactionClient;

/**
 * Hands waiting unassigned open tickets (oldest first) to available agents until nobody has
 * a free slot; used when an agent comes online. Returns how many were assigned.
 */
export async function assignBacklog(tx: Tx, now: Date, limit = 50): Promise<number> {
  const waiting = await tx.ticket.findMany({
    where: { assigneeId: null, status: "OPEN", mergedIntoId: null },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, code: true, storeId: true },
  });
  let assigned = 0;
  for (const ticket of waiting) {
    const agentId = await autoAssignTicket(tx, ticket.id, now);
    // A null may only mean this ticket's store has nobody on duty; later ones may still fit.
    if (!agentId) continue;
    assigned += 1;
    await publishEvent(tx, {
      topic: "ticket.updated",
      storeId: ticket.storeId,
      payload: { id: ticket.id, code: ticket.code, assigneeId: agentId },
    });
  }
  return assigned;
}
