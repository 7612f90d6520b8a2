import "server-only";
import { db } from "@/lib/platform/db";
import { actorCan, type Actor } from "@/lib/platform/actor";
import { maskPhone } from "@/lib/platform/i18n/format";
import type { Channel, OrderStatus } from "@/lib/generated/prisma/enums";

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
