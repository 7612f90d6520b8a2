import "server-only";
import { db } from "@/lib/platform/db";
import type { TicketPriority, TicketStatus } from "@/lib/generated/prisma/enums";

type StoreWhere = { storeId?: { in: string[] } };

export type TicketRow = {
  id: string;
  code: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  storeCode: string | null;
  storeNameZh: string | null;
  storeNameEn: string | null;
  orderCode: string | null;
  assigneeName: string | null;
  firstResponseDueAt: Date | null;
  /** Past its first-response deadline with no response yet. */
  responseOverdue: boolean;
  createdAt: Date;
};

export type TicketStatusCount = { status: TicketStatus; count: number };

// Unresolved work comes first; within a tier, newest first.
const STATUS_TIERS: TicketStatus[][] = [["OPEN"], ["PENDING_CUSTOMER"], ["RESOLVED", "CLOSED"]];

/** Tickets of the scoped stores, plus tickets that belong to no store. */
function ticketScope(scope: StoreWhere) {
  return scope.storeId ? { OR: [{ storeId: null }, { storeId: scope.storeId }] } : {};
}

/** Tickets per status within the scope. */
export async function findTicketStatusCounts(scope: StoreWhere): Promise<TicketStatusCount[]> {
  const groups = await db.ticket.groupBy({
    by: ["status"],
    where: ticketScope(scope),
    _count: { _all: true },
  });
  return groups.map((g) => ({ status: g.status, count: g._count._all }));
}

async function findTier(scope: StoreWhere, statuses: TicketStatus[], take: number, now: Date) {
  const tickets = await db.ticket.findMany({
    where: { ...ticketScope(scope), status: { in: statuses } },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      code: true,
      subject: true,
      status: true,
      priority: true,
      firstResponseDueAt: true,
      firstRespondedAt: true,
      createdAt: true,
      store: { select: { code: true, nameZh: true, nameEn: true } },
      order: { select: { code: true } },
      assignee: { select: { name: true } },
    },
  });
  return tickets.map((k): TicketRow => ({
    id: k.id,
    code: k.code,
    subject: k.subject,
    status: k.status,
    priority: k.priority,
    storeCode: k.store?.code ?? null,
    storeNameZh: k.store?.nameZh ?? null,
    storeNameEn: k.store?.nameEn ?? null,
    orderCode: k.order?.code ?? null,
    assigneeName: k.assignee?.name ?? null,
    firstResponseDueAt: k.firstResponseDueAt,
    responseOverdue:
      k.firstRespondedAt === null && k.firstResponseDueAt !== null && k.firstResponseDueAt < now,
    createdAt: k.createdAt,
  }));
}

/** Tickets in scope, open ones first and then newest first, optionally of one status. */
export async function findTickets(
  scope: StoreWhere,
  options: { status?: TicketStatus; limit: number; now?: Date },
): Promise<TicketRow[]> {
  const now = options.now ?? new Date();
  const tiers = options.status ? [[options.status]] : STATUS_TIERS;
  const rows: TicketRow[] = [];
  for (const statuses of tiers) {
    const remaining = options.limit - rows.length;
    if (remaining <= 0) break;
    rows.push(...(await findTier(scope, statuses, remaining, now)));
  }
  return rows;
}
