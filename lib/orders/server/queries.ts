import "server-only";
import { parseExplanation } from "@/lib/campaigns/domain/explain";
import { db } from "@/lib/platform/db";
import { actorCan, storeScope, type Actor } from "@/lib/platform/actor";
import { maskPhone } from "@/lib/platform/i18n/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, OrderStatus } from "@/lib/generated/prisma/enums";
import { slaFor } from "@/lib/orders/domain/sla";
import {
  BOARD_STATUSES,
  type BoardFilters,
  type OrderBoard,
  type OrderCard,
  type OrderDetail,
  slaInput,
} from "@/lib/orders/query-options";

type StoreWhere = { storeId?: { in: string[] } };

export type OrderRow = {
  id: string;
  code: string;
  storeCode: string;
  storeNameZh: string;
  storeNameEn: string;
  channel: Channel;
  status: OrderStatus;
  customerName: string;
  customerPhone: string;
  itemCount: number;
  totalCents: number;
  placedAt: Date;
  promisedAt: Date;
  late: boolean;
};

export type StatusCount = { status: OrderStatus; count: number };

/** Orders per status placed since `since`, within the actor's (selected) stores. */
export async function findStatusCounts(scope: StoreWhere, since: Date): Promise<StatusCount[]> {
  const groups = await db.order.groupBy({
    by: ["status"],
    where: { ...scope, placedAt: { gte: since } },
    _count: { _all: true },
  });
  return groups.map((g) => ({ status: g.status, count: g._count._all }));
}

/** The newest orders in scope, optionally of one status; phones masked unless permitted. */
export async function findRecentOrders(
  actor: Actor,
  scope: StoreWhere,
  options: { status?: OrderStatus; limit: number; now?: Date },
): Promise<{ rows: OrderRow[]; total: number }> {
  const where = { ...scope, ...(options.status ? { status: options.status } : {}) };
  const now = options.now ?? new Date();
  const [orders, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: { placedAt: "desc" },
      take: options.limit,
      select: {
        id: true,
        code: true,
        channel: true,
        status: true,
        customerName: true,
        customerPhone: true,
        totalCents: true,
        placedAt: true,
        promisedAt: true,
        deliveredAt: true,
        store: { select: { code: true, nameZh: true, nameEn: true } },
        _count: { select: { items: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  const showPhone = actorCan(actor, "customers.view_phone");
  return {
    total,
    rows: orders.map((o) => ({
      id: o.id,
      code: o.code,
      storeCode: o.store.code,
      storeNameZh: o.store.nameZh,
      storeNameEn: o.store.nameEn,
      channel: o.channel,
      status: o.status,
      customerName: o.customerName,
      customerPhone: showPhone ? o.customerPhone : maskPhone(o.customerPhone),
      itemCount: o._count.items,
      totalCents: o.totalCents,
      placedAt: o.placedAt,
      promisedAt: o.promisedAt,
      late: (o.deliveredAt ?? now) > o.promisedAt && !["CANCELLED", "REJECTED"].includes(o.status),
    })),
  };
}

const BOARD_LIMIT = 400;

const cardSelect = {
  id: true,
  code: true,
  version: true,
  storeId: true,
  channel: true,
  status: true,
  totalCents: true,
  refundedCents: true,
  customerPhone: true,
  placedAt: true,
  acceptedAt: true,
  prepMinutes: true,
  promisedAt: true,
  estimatedAt: true,
  store: { select: { code: true, nameZh: true, nameEn: true, prepMinutes: true } },
  courier: { select: { name: true, phone: true } },
  items: { select: { nameZh: true, nameEn: true, quantity: true } },
} satisfies Prisma.OrderSelect;

type CardRow = Prisma.OrderGetPayload<{ select: typeof cardSelect }>;

function toCard(o: CardRow, showPhone: boolean): OrderCard {
  return {
    id: o.id,
    code: o.code,
    version: o.version,
    storeId: o.storeId,
    storeCode: o.store.code,
    storeNameZh: o.store.nameZh,
    storeNameEn: o.store.nameEn,
    channel: o.channel,
    status: o.status,
    items: o.items,
    totalCents: o.totalCents,
    refundedCents: o.refundedCents,
    customerPhone: showPhone ? o.customerPhone : maskPhone(o.customerPhone),
    placedAt: o.placedAt.toISOString(),
    acceptedAt: o.acceptedAt?.toISOString() ?? null,
    prepMinutes: o.prepMinutes ?? o.store.prepMinutes,
    promisedAt: o.promisedAt.toISOString(),
    estimatedAt: o.estimatedAt?.toISOString() ?? null,
    courierName: o.courier?.name ?? null,
  };
}

// A staff member without phone access may find an order by its full number, not by digits.
function searchWhere(q: string | undefined, showPhone: boolean): Prisma.OrderWhereInput {
  if (!q) return {};
  const digits = q.replace(/\D/g, "");
  const phone =
    digits.length >= 4
      ? [{ customerPhone: showPhone ? { contains: digits } : { equals: digits } }]
      : [];
  return { OR: [{ code: { contains: q.toUpperCase() } }, ...phone] };
}

/** The open orders (new to out for delivery) of the board, filtered as in the URL. */
export async function findBoardOrders(
  actor: Actor,
  scope: StoreWhere,
  filters: BoardFilters,
  now = new Date(),
): Promise<OrderBoard> {
  const showPhone = actorCan(actor, "customers.view_phone");
  const narrowed = filters.store
    ? { AND: [scope, storeScope(actor, filters.store)] }
    : { AND: [scope] };
  const rows = await db.order.findMany({
    where: {
      ...narrowed,
      status: { in: [...BOARD_STATUSES] },
      ...(filters.channel ? { channel: filters.channel } : {}),
      ...searchWhere(filters.q, showPhone),
    },
    orderBy: { placedAt: "asc" },
    take: BOARD_LIMIT,
    select: cardSelect,
  });
  const cards = rows.map((o) => toCard(o, showPhone));
  const orders = filters.late ? cards.filter((c) => slaFor(slaInput(c), now).late) : cards;
  return { orders, serverTime: now.toISOString() };
}

/** One order in the actor's stores with items, timeline and courier; null when not theirs. */
export async function getOrderDetail(actor: Actor, id: string): Promise<OrderDetail | null> {
  const showPhone = actorCan(actor, "customers.view_phone");
  const o = await db.order.findFirst({
    where: { id, ...storeScope(actor) },
    select: {
      ...cardSelect,
      customerName: true,
      addressLine: true,
      note: true,
      trackingToken: true,
      pricingExplanation: true,
      items: {
        select: {
          id: true,
          nameZh: true,
          nameEn: true,
          quantity: true,
          unitPriceCents: true,
          lineTotalCents: true,
          refundedQty: true,
        },
      },
      events: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          type: true,
          fromStatus: true,
          toStatus: true,
          actorType: true,
          reason: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  if (!o) return null;
  return {
    ...toCard(o, showPhone),
    customerName: o.customerName,
    addressLine: o.addressLine,
    note: o.note,
    trackingToken: o.trackingToken,
    lines: o.items,
    events: o.events.map((e) => ({
      id: e.id,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorType: e.actorType,
      actorName: e.actor?.name ?? null,
      reason: e.reason,
      createdAt: e.createdAt.toISOString(),
    })),
    courier: o.courier ? { name: o.courier.name, phone: maskPhone(o.courier.phone) } : null,
    pricing: parseExplanation(o.pricingExplanation),
  };
}
