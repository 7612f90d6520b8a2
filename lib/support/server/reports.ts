import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/actor";
import type { Db } from "@/lib/platform/db-client";
import {
  buildInboxReport,
  daysBetween,
  localDay,
  localRange,
  type InboxReport,
} from "../domain/report";
import type { ReportSearch } from "../schemas";
import { parseLabels } from "./inbox-queries";

const DAY_MS = 86_400_000;
const MAX_DAYS = 92;

export type ReportPeriod = { from: string; to: string; store: string | null };

/** The period asked for, or the last 7 local days; a reversed or overlong range is clamped. */
export function reportPeriod(search: ReportSearch, now: Date): ReportPeriod {
  const today = localDay(now);
  let to = search.to ?? today;
  let from = search.from ?? localDay(new Date(Date.parse(`${to}T00:00:00Z`) - 6 * DAY_MS));
  if (from > to) [from, to] = [to, from];
  const span = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (span >= MAX_DAYS)
    from = localDay(new Date(Date.parse(`${to}T00:00:00Z`) - (MAX_DAYS - 1) * DAY_MS));
  return { from, to, store: search.store || null };
}

/**
 * Store-scoped people see only their own stores' tickets (not storeless ones); a store
 * filter outside their scope matches nothing, like a missing store.
 */
function reportWhere(actor: Pick<Actor, "storeIds">, p: ReportPeriod): Prisma.TicketWhereInput {
  const and: Prisma.TicketWhereInput[] = [
    { mergedIntoId: null, createdAt: localRange(p.from, p.to) },
  ];
  if (actor.storeIds !== null) and.push({ storeId: { in: actor.storeIds } });
  if (p.store) and.push({ store: { code: p.store } });
  return { AND: and };
}

/** The inbox report for a period and store within the actor's scope. */
export async function getInboxReport(
  db: Db,
  actor: Pick<Actor, "storeIds">,
  period: ReportPeriod,
  locale: string,
  now = new Date(),
): Promise<InboxReport> {
  const tickets = await db.ticket.findMany({
    where: reportWhere(actor, period),
    select: {
      createdAt: true,
      firstResponseDueAt: true,
      firstRespondedAt: true,
      resolutionDueAt: true,
      resolvedAt: true,
      csatScore: true,
      labels: true,
      store: { select: { code: true } },
      assignee: { select: { name: true } },
      order: { select: { items: { select: { nameZh: true, nameEn: true } } } },
    },
  });
  const rows = tickets.map((t) => ({
    createdAt: t.createdAt,
    firstResponseDueAt: t.firstResponseDueAt,
    firstRespondedAt: t.firstRespondedAt,
    resolutionDueAt: t.resolutionDueAt,
    resolvedAt: t.resolvedAt,
    csatScore: t.csatScore,
    labels: parseLabels(t.labels),
    storeKey: t.store?.code ?? null,
    agentKey: t.assignee?.name ?? null,
    dishes: (t.order?.items ?? []).map((i) => (locale === "en" ? i.nameEn : i.nameZh)),
  }));
  return buildInboxReport(rows, daysBetween(period.from, period.to), now);
}

/** Stores the actor may filter the report by. */
export function findReportStores(db: Db, actor: Pick<Actor, "storeIds">) {
  return db.store.findMany({
    where: actor.storeIds === null ? {} : { id: { in: actor.storeIds } },
    select: { code: true, nameZh: true, nameEn: true },
    orderBy: { code: "asc" },
  });
}
