import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import { findOnDutyStaff } from "@/lib/team/server/shifts";
import { isAvailable, pickAgent, ROTA_WINDOW_MS } from "../domain/assignment";

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

/** Agents working to a rota: those with a shift within a week either side of `now`. */
export async function onRota(tx: Tx, userIds: string[], now: Date): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx.staffShift.groupBy({
    by: ["userId"],
    where: {
      userId: { in: userIds },
      startsAt: { lt: new Date(now.getTime() + ROTA_WINDOW_MS) },
      endsAt: { gt: new Date(now.getTime() - ROTA_WINDOW_MS) },
    },
  });
  return new Set(rows.map((r) => r.userId));
}

/**
 * Who is on duty for a store, read inside the caller's transaction. `findOnDutyStaff` only
 * reads `staffShift`, which a transaction client has just like the full client.
 */
export async function onDutyIds(tx: Tx, storeId: string | null): Promise<Set<string>> {
  const staff = await findOnDutyStaff(tx as unknown as Db, { storeId });
  return new Set(staff.map((s) => s.userId));
}

/**
 * Gives an unassigned ticket to the next available agent with a free slot (round-robin by who
 * waited longest); leaves it unassigned when nobody is free. Available = online, and clocked
 * into a shift covering the ticket's store unless the agent has no rota at all
 * (`isAvailable`). Returns the agent's user id.
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
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { storeId: true } });
  if (!ticket) return null;
  const ids = agents.map((a) => a.userId);
  const [loads, duty, rota] = await Promise.all([
    openLoads(tx),
    onDutyIds(tx, ticket.storeId),
    onRota(tx, ids, now),
  ]);
  const agentId = pickAgent(
    agents.map((a) => ({
      id: a.userId,
      online: isAvailable({ online: true, onDuty: duty.has(a.userId), onRota: rota.has(a.userId) }),
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
