import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pickAgent } from "../domain/assignment";

type Tx = Prisma.TransactionClient;

/** Open and pending tickets per agent. */
export async function openLoads(tx: Tx): Promise<Map<string, number>> {
  const groups = await tx.ticket.groupBy({
    by: ["assigneeId"],
    where: { status: { in: ["OPEN", "PENDING_CUSTOMER"] }, assigneeId: { not: null } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.assigneeId ?? "", g._count._all]));
}

/**
 * Gives an unassigned ticket to the next online agent with a free slot (round-robin by who
 * waited longest); leaves it unassigned when nobody is free. Returns the agent's user id.
 */
export async function autoAssignTicket(
  tx: Tx,
  ticketId: string,
  now: Date,
): Promise<string | null> {
  const agents = await tx.supportAgent.findMany({
    where: { online: true, user: { disabledAt: null } },
    select: { userId: true, capacity: true, lastAssignedAt: true },
  });
  if (agents.length === 0) return null;
  const loads = await openLoads(tx);
  const agentId = pickAgent(
    agents.map((a) => ({
      id: a.userId,
      online: true,
      capacity: a.capacity,
      openTickets: loads.get(a.userId) ?? 0,
      lastAssignedAt: a.lastAssignedAt,
    })),
  );
  if (!agentId) return null;
  const { count } = await tx.ticket.updateMany({
    where: { id: ticketId, assigneeId: null },
    data: { assigneeId: agentId, version: { increment: 1 } },
  });
  if (count === 0) return null;
  await tx.supportAgent.update({ where: { userId: agentId }, data: { lastAssignedAt: now } });
  return agentId;
}
