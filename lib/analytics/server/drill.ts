import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  DAY_MS,
  HOUR_MS,
  addDays,
  dayKey,
  dayRange,
  dayStart,
  weekKey,
} from "@/lib/analytics/domain/calendar";
import { deliveryBucket } from "@/lib/analytics/domain/histogram";
import { firstSoldOrders } from "@/lib/analytics/rollups/load";
import type { Drill } from "@/lib/analytics/schemas";
import type { AnalyticsScope } from "./scope";

export const PAGE_SIZE = 50;

/** Local-hour windows (UTC) matching the drill's day / weekday / hour within the period. */
function timeWindows(scope: AnalyticsScope, drill: Drill) {
  const days = (drill.day ? [drill.day] : dayRange(scope.from, scope.to)).filter(
    (d) => drill.weekday === undefined || new Date(`${d}T00:00:00Z`).getUTCDay() === drill.weekday,
  );
  return days.map((d) => {
    const start = dayStart(d).getTime() + (drill.hour ?? 0) * HOUR_MS;
    return {
      gte: new Date(start),
      lt: new Date(start + (drill.hour === undefined ? DAY_MS : HOUR_MS)),
    };
  });
}

/** The orders behind a chart point: the same filters the rollups were read with. */
export function drillOrderWhere(scope: AnalyticsScope, drill: Drill): Prisma.OrderWhereInput {
  const windows = timeWindows(scope, drill);
  const kind: Prisma.OrderWhereInput =
    drill.kind === "cancelled"
      ? { status: { in: ["CANCELLED", "REJECTED"] } }
      : drill.kind === "refunded"
        ? { refunds: { some: {} } }
        : drill.kind === "late"
          ? { deliveredAt: { gt: db.order.fields.promisedAt } }
          : {};
  return {
    ...(windows.length === 1
      ? { placedAt: windows[0] }
      : { OR: windows.map((w) => ({ placedAt: w })) }),
    ...dimensionWhere(scope),
    ...(drill.item ? { items: { some: { itemId: drill.item } } } : {}),
    ...(drill.item && drill.rated ? { review: { dishes: { some: { itemId: drill.item } } } } : {}),
    ...(drill.campaign ? { redemptions: { some: { campaignId: drill.campaign } } } : {}),
    ...(drill.courier ? { courierId: drill.courier, deliveredAt: { not: null } } : {}),
    ...kind,
  };
}

const SOLD = { notIn: ["CANCELLED", "REJECTED"] as ("CANCELLED" | "REJECTED")[] };
// IN lists are sent in chunks: SQLite and PostgreSQL cap the parameters of one statement.
const CHUNK = 500;
const NEWEST_FIRST = [{ placedAt: "desc" as const }, { id: "desc" as const }];

/**
 * Customers of a cohort: a sold order in the week (within the store, zone and channel
 * filters) and their first sold order ever in that week.
 */
export async function findCohortCustomers(scope: AnalyticsScope, week: string) {
  const inWeek = await db.order.findMany({
    where: {
      ...dimensionWhere(scope),
      status: SOLD,
      customerId: { not: null },
      placedAt: { gte: dayStart(week), lt: dayStart(addDays(week, 7)) },
    },
    select: { customerId: true },
    distinct: ["customerId"],
  });
  const candidates = inWeek.flatMap((o) => (o.customerId === null ? [] : [o.customerId]));
  const firsts = [...(await firstSoldOrders(db, candidates)).values()];
  const customers = new Set<string>();
  for (let i = 0; i < firsts.length; i += CHUNK) {
    const orders = await db.order.findMany({
      where: { id: { in: firsts.slice(i, i + CHUNK) } },
      select: { customerId: true, placedAt: true },
    });
    for (const o of orders)
      if (o.customerId !== null && weekKey(dayKey(o.placedAt)) === week)
        customers.add(o.customerId);
  }
  return customers;
}

/** The store, zone and channel filters on orders. */
export function dimensionWhere(scope: AnalyticsScope): Prisma.OrderWhereInput {
  return {
    ...(scope.storeIds ? { storeId: { in: scope.storeIds } } : {}),
    ...(scope.zoneId ? { zoneId: scope.zoneId } : {}),
    ...(scope.channel ? { channel: scope.channel as Prisma.OrderWhereInput["channel"] } : {}),
  };
}

/**
 * A drill's orders: `where`, and for a histogram bucket or a cohort (conditions a `where`
 * cannot express: a delivery duration, a customer's first order) the matching ids, newest
 * first, picked from the `where`'s orders. Pages and exports then read ids in chunks rather
 * than one unbounded IN list.
 */
export async function resolveDrill(
  scope: AnalyticsScope,
  drill: Drill,
): Promise<{ where: Prisma.OrderWhereInput; ids: string[] | null }> {
  const where = drillOrderWhere(scope, drill);
  const { bucket, cohort } = drill;
  if (bucket === undefined && cohort === undefined) return { where, ids: null };
  const customers = cohort === undefined ? null : await findCohortCustomers(scope, weekKey(cohort));
  const rows = await db.order.findMany({
    where: {
      AND: [
        where,
        bucket === undefined ? {} : { deliveredAt: { not: null } },
        customers === null ? {} : { customerId: { not: null } },
      ],
    },
    select: { id: true, placedAt: true, deliveredAt: true, customerId: true },
    orderBy: NEWEST_FIRST,
  });
  // The same rounding to whole seconds as the rollups, so the list matches the bar.
  const inBucket = (o: (typeof rows)[number]) =>
    bucket === undefined ||
    (o.deliveredAt !== null &&
      deliveryBucket(Math.round((o.deliveredAt.getTime() - o.placedAt.getTime()) / 1000)) ===
        bucket);
  const inCohort = (o: (typeof rows)[number]) =>
    customers === null || (o.customerId !== null && customers.has(o.customerId));
  return { where, ids: rows.filter((o) => inBucket(o) && inCohort(o)).map((o) => o.id) };
}

/** The orders of some ids (any number), newest first. */
export async function findOrdersByIds(ids: readonly string[]): Promise<DrillOrder[]> {
  const out: DrillOrder[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    out.push(
      ...(await db.order.findMany({
        where: { id: { in: ids.slice(i, i + CHUNK) } },
        select: DRILL_ORDER_SELECT,
      })),
    );
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
  return out.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

export const DRILL_ORDER_SELECT = {
  id: true,
  code: true,
  placedAt: true,
  status: true,
  channel: true,
  totalCents: true,
  discountCents: true,
  refundedCents: true,
  deliveredAt: true,
  promisedAt: true,
  store: { select: { code: true } },
  zone: { select: { name: true } },
} as const;

export type DrillOrder = Prisma.OrderGetPayload<{ select: typeof DRILL_ORDER_SELECT }>;

/** One page of the orders behind a chart point, newest first, with the total count. */
export async function findDrillOrders(scope: AnalyticsScope, drill: Drill) {
  const { where, ids } = await resolveDrill(scope, drill);
  const page = drill.page ?? 1;
  if (ids !== null) {
    const slice = ids.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    return { total: ids.length, page, orders: await findOrdersByIds(slice) };
  }
  const [total, orders] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      select: DRILL_ORDER_SELECT,
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, page, orders };
}

/** The tickets behind a support chart point. */
export async function findDrillTickets(scope: AnalyticsScope, drill: Drill) {
  const windows = timeWindows(scope, drill);
  const where: Prisma.TicketWhereInput = {
    mergedIntoId: null,
    OR: windows.map((w) => ({ createdAt: w })),
    ...(scope.storeIds ? { storeId: { in: scope.storeIds } } : {}),
    ...(scope.zoneId || scope.channel
      ? {
          order: {
            ...(scope.zoneId ? { zoneId: scope.zoneId } : {}),
            ...(scope.channel
              ? { channel: scope.channel as Prisma.OrderWhereInput["channel"] }
              : {}),
          },
        }
      : {}),
    ...(drill.reason
      ? { labels: { startsWith: JSON.stringify([drill.reason]).slice(0, -1) } }
      : {}),
  };
  const page = drill.page ?? 1;
  const [total, tickets] = await Promise.all([
    db.ticket.count({ where }),
    db.ticket.findMany({
      where,
      select: {
        id: true,
        code: true,
        subject: true,
        status: true,
        createdAt: true,
        csatScore: true,
        store: { select: { code: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { total, page, tickets };
}
