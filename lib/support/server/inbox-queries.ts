import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TicketPriority, TicketSource, TicketStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/platform/actor";
import { db } from "@/lib/platform/db";
import type { DatabaseKind } from "@/lib/platform/database-url";
import { containsText, engineOf } from "@/lib/platform/text-search";
import { DEFAULT_BUSINESS_HOURS } from "../domain/business-hours";
import { ticketSla } from "../domain/sla";
import type { InboxSearch } from "../schemas";
import { ticketWhere } from "./scope";

const AGE_MS = { "1h": 3_600_000, "4h": 14_400_000, "24h": 86_400_000, "7d": 604_800_000 } as const;
const OPEN = ["OPEN", "PENDING_CUSTOMER"] as const;

export type InboxRow = {
  id: string;
  code: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  source: TicketSource;
  labels: string[];
  storeCode: string | null;
  orderCode: string | null;
  assigneeName: string | null;
  createdAt: Date;
  /** The earliest running SLA deadline, and whether any clock is breached. */
  dueAt: Date | null;
  breached: boolean;
  paused: boolean;
};

/** The `where` of an inbox view with its filters and search. */
export function inboxWhere(
  actor: Actor,
  s: InboxSearch,
  now: Date,
  engine: DatabaseKind = engineOf(db),
): Prisma.TicketWhereInput {
  const and: Prisma.TicketWhereInput[] = [ticketWhere(actor), { mergedIntoId: null }];
  if (s.view === "unassigned") and.push({ assigneeId: null, status: { in: [...OPEN] } });
  if (s.view === "mine") and.push({ assigneeId: actor.id });
  if (s.view === "team") and.push({ assigneeId: { not: null }, status: { in: [...OPEN] } });
  if (s.view === "breached") {
    and.push({
      status: "OPEN",
      OR: [
        { firstRespondedAt: null, firstResponseDueAt: { lt: now } },
        { nextResponseDueAt: { lt: now } },
        { resolutionDueAt: { lt: now } },
      ],
    });
  }
  if (s.status) and.push({ status: s.status });
  if (s.priority) and.push({ priority: s.priority });
  if (s.channel) and.push({ source: s.channel });
  if (s.store) and.push({ store: { code: s.store } });
  if (s.label) and.push({ labels: { contains: JSON.stringify(s.label) } });
  if (s.age) and.push({ createdAt: { gte: new Date(now.getTime() - AGE_MS[s.age]) } });
  if (s.q) {
    // Case-insensitive on both engines (PostgreSQL's LIKE would not be).
    const has = containsText(engine, s.q);
    and.push({
      OR: [
        { code: has },
        { subject: has },
        { order: { code: has } },
        { messages: { some: { body: has } } },
      ],
    });
  }
  return { AND: and };
}

/** The inbox list: unresolved first, most urgent deadline first, with live SLA state. */
export async function findInbox(actor: Actor, s: InboxSearch, now = new Date(), limit = 100) {
  const where = inboxWhere(actor, s, now);
  const [total, rows] = await Promise.all([
    db.ticket.count({ where }),
    db.ticket.findMany({
      where,
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      take: limit,
      select: {
        id: true,
        code: true,
        subject: true,
        status: true,
        priority: true,
        source: true,
        labels: true,
        createdAt: true,
        firstRespondedAt: true,
        awaitingSince: true,
        pausedMs: true,
        pendingSince: true,
        store: { select: { code: true } },
        order: { select: { code: true } },
        assignee: { select: { name: true } },
      },
    }),
  ]);
  const list = rows.map((r): InboxRow => {
    const sla = ticketSla(r, now, DEFAULT_BUSINESS_HOURS);
    return {
      id: r.id,
      code: r.code,
      subject: r.subject,
      status: r.status,
      priority: r.priority,
      source: r.source,
      labels: parseLabels(r.labels),
      storeCode: r.store?.code ?? null,
      orderCode: r.order?.code ?? null,
      assigneeName: r.assignee?.name ?? null,
      createdAt: r.createdAt,
      dueAt: sla.nextDueAt,
      breached: sla.breached,
      paused: sla.paused,
    };
  });
  const rank = (r: InboxRow) => (r.status === "OPEN" ? 0 : r.status === "PENDING_CUSTOMER" ? 1 : 2);
  list.sort(
    (a, b) =>
      rank(a) - rank(b) || (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity),
  );
  return { total, rows: list };
}

/** Labels stored as a JSON array; anything else reads as none. */
export function parseLabels(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

/** Agents a ticket can be assigned to. */
export function findAgents() {
  return db.user.findMany({
    where: { disabledAt: null, role: { in: ["SUPPORT_AGENT", "SUPERVISOR"] } },
    select: { id: true, name: true, supportAgent: { select: { online: true, capacity: true } } },
    orderBy: { name: "asc" },
  });
}
