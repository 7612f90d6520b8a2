import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS, HOUR_MS, dayRange, dayStart } from "@/lib/analytics/domain/calendar";
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
    ...(scope.storeIds ? { storeId: { in: scope.storeIds } } : {}),
    ...(scope.zoneId ? { zoneId: scope.zoneId } : {}),
    ...(scope.channel ? { channel: scope.channel as Prisma.OrderWhereInput["channel"] } : {}),
    ...(drill.item ? { items: { some: { itemId: drill.item } } } : {}),
    ...(drill.item && drill.rated ? { review: { dishes: { some: { itemId: drill.item } } } } : {}),
    ...(drill.campaign ? { redemptions: { some: { campaignId: drill.campaign } } } : {}),
    ...(drill.courier ? { courierId: drill.courier, deliveredAt: { not: null } } : {}),
    ...kind,
  };
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
  const where = drillOrderWhere(scope, drill);
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
