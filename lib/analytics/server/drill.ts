import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
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

// A drill that needs an id list (histogram bucket, cohort) is refused past this many, rather
// than sending an unbounded IN list: narrow the filters instead.
const MAX_IDS = 10_000;
const SOLD = { notIn: ["CANCELLED", "REJECTED"] as ("CANCELLED" | "REJECTED")[] };

function tooMany(field: string): never {
  const message = "Too many orders behind this point: narrow the dates or filters.";
  throw new AppError("validation", message, { fields: { [field]: [message] } });
}

/** Ids of the delivered orders (within `base`) whose delivery time falls in the bucket. */
async function bucketOrderIds(base: Prisma.OrderWhereInput, bucket: number): Promise<string[]> {
  const rows = await db.order.findMany({
    where: { AND: [base, { deliveredAt: { not: null } }] },
    select: { id: true, placedAt: true, deliveredAt: true },
  });
  // The same rounding to whole seconds as the rollups, so the list matches the bar.
  const ids = rows
    .filter(
      (o) =>
        o.deliveredAt !== null &&
        deliveryBucket(Math.round((o.deliveredAt.getTime() - o.placedAt.getTime()) / 1000)) ===
          bucket,
    )
    .map((o) => o.id);
  return ids.length > MAX_IDS ? tooMany("bucket") : ids;
}

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
  const firsts = await firstSoldOrders(db, candidates);
  const orders = await db.order.findMany({
    where: { id: { in: [...firsts.values()] } },
    select: { customerId: true, placedAt: true },
  });
  const ids = orders
    .filter((o) => weekKey(dayKey(o.placedAt)) === week)
    .flatMap((o) => (o.customerId === null ? [] : [o.customerId]));
  return ids.length > MAX_IDS ? tooMany("cohort") : ids;
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
 * The full `where` of a drill: `drillOrderWhere`, narrowed to a histogram bucket's orders or
 * to a cohort's customers when the point asks for one.
 */
export async function resolveDrillWhere(
  scope: AnalyticsScope,
  drill: Drill,
): Promise<Prisma.OrderWhereInput> {
  const base = drillOrderWhere(scope, drill);
  const and: Prisma.OrderWhereInput[] = [base];
  if (drill.bucket !== undefined)
    and.push({ id: { in: await bucketOrderIds(base, drill.bucket) } });
  if (drill.cohort !== undefined) {
    and.push({ customerId: { in: await findCohortCustomers(scope, weekKey(drill.cohort)) } });
  }
  return and.length === 1 ? base : { AND: and };
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
  const where = await resolveDrillWhere(scope, drill);
  const page = drill.page ?? 1;
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
