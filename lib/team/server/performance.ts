import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import { actorHasStore, storeScope, type Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import {
  haversineKm,
  incentivePoints,
  mean,
  type CourierStats,
  type PersonStats,
  type TargetRule,
} from "../domain/performance";
import { METRICS, type Metric, type TargetInput } from "../schemas";
import { staffVisibleTo } from "./scope";

export type PersonPerformance = PersonStats & {
  userId: string;
  name: string;
  role: Role;
  points: number;
};
export type CourierPerformance = CourierStats & { courierId: string; name: string; points: number };

const secondsBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 1000;

/** The targets that apply: a store's own per metric, else the default for every store. */
export async function findTargets(db: Db, storeId: string | null): Promise<TargetRule[]> {
  const rows = await db.performanceTarget.findMany({
    where: { OR: [{ storeId: null }, ...(storeId ? [{ storeId }] : [])] },
  });
  return METRICS.flatMap((metric) => {
    const row =
      rows.find((r) => r.metric === metric && r.storeId === storeId && storeId) ??
      rows.find((r) => r.metric === metric && r.storeId === null);
    return row
      ? [
          {
            metric: metric as Metric,
            target: row.target,
            pointsPerUnit: row.pointsPerUnit,
            bonusPoints: row.bonusPoints,
          },
        ]
      : [];
  });
}

/** Per-person figures over a window, for the staff the actor may see, with incentive points. */
export async function findPeoplePerformance(
  db: Db,
  actor: Actor,
  from: Date,
  to: Date,
  storeId: string | null,
): Promise<PersonPerformance[]> {
  const scope = storeScope(actor, storeId);
  const people = await db.user.findMany({
    where: { disabledAt: null, ...staffVisibleTo(actor) },
    select: { id: true, name: true, role: true },
  });
  const ids = people.map((p) => p.id);
  const [events, tickets, refunds, rules] = await Promise.all([
    db.orderEvent.findMany({
      where: {
        actorType: "STAFF",
        actorId: { in: ids },
        createdAt: { gte: from, lt: to },
        order: scope,
      },
      select: {
        actorId: true,
        orderId: true,
        type: true,
        order: { select: { placedAt: true, acceptedAt: true } },
      },
    }),
    db.ticket.findMany({
      where: { assigneeId: { in: ids }, createdAt: { gte: from, lt: to }, ...scope },
      select: {
        assigneeId: true,
        createdAt: true,
        firstRespondedAt: true,
        resolvedAt: true,
        csatScore: true,
      },
    }),
    db.refund.findMany({
      where: { createdById: { in: ids }, createdAt: { gte: from, lt: to }, order: scope },
      select: { createdById: true, amountCents: true },
    }),
    findTargets(db, storeId),
  ]);
  return people.map((p) => {
    const mine = events.filter((e) => e.actorId === p.id);
    const accepts = mine.filter((e) => e.type === "accept" && e.order.acceptedAt);
    const myTickets = tickets.filter((t) => t.assigneeId === p.id);
    const myRefunds = refunds.filter((r) => r.createdById === p.id);
    const stats: PersonStats = {
      ordersHandled: new Set(mine.map((e) => e.orderId)).size,
      avgAcceptSeconds: mean(
        accepts.flatMap((e) =>
          e.order.acceptedAt ? [secondsBetween(e.order.placedAt, e.order.acceptedAt)] : [],
        ),
      ),
      ticketsResolved: myTickets.filter((t) => t.resolvedAt).length,
      avgFirstResponseSeconds: mean(
        myTickets.flatMap((t) =>
          t.firstRespondedAt ? [secondsBetween(t.createdAt, t.firstRespondedAt)] : [],
        ),
      ),
      csat: mean(myTickets.flatMap((t) => (t.csatScore === null ? [] : [t.csatScore]))),
      refundsIssued: myRefunds.length,
      refundedCents: myRefunds.reduce((a, r) => a + r.amountCents, 0),
    };
    return {
      userId: p.id,
      name: p.name,
      role: p.role,
      ...stats,
      points: incentivePoints(rules, stats),
    };
  });
}

/** Per-courier deliveries, on-time rate and straight-line store-to-door distance over a window. */
export async function findCourierPerformance(
  db: Db,
  actor: Actor,
  from: Date,
  to: Date,
  storeId: string | null,
): Promise<CourierPerformance[]> {
  const [orders, rules] = await Promise.all([
    db.order.findMany({
      where: {
        courierId: { not: null },
        deliveredAt: { gte: from, lt: to },
        ...storeScope(actor, storeId),
      },
      select: {
        courierId: true,
        deliveredAt: true,
        promisedAt: true,
        lat: true,
        lng: true,
        store: { select: { lat: true, lng: true } },
        courier: { select: { name: true } },
      },
    }),
    findTargets(db, storeId),
  ]);
  const byCourier = new Map<string, typeof orders>();
  for (const o of orders)
    if (o.courierId) byCourier.set(o.courierId, [...(byCourier.get(o.courierId) ?? []), o]);
  return [...byCourier.entries()]
    .map(([courierId, list]) => {
      const onTime = list.filter((o) => o.deliveredAt && o.deliveredAt <= o.promisedAt).length;
      const stats: CourierStats = {
        deliveries: list.length,
        onTimeRate: list.length ? onTime / list.length : null,
        distanceKm: Math.round(list.reduce((a, o) => a + haversineKm(o.store, o), 0) * 10) / 10,
      };
      return {
        courierId,
        name: list[0]?.courier?.name ?? courierId,
        ...stats,
        points: incentivePoints(rules, stats),
      };
    })
    .sort((a, b) => b.deliveries - a.deliveries);
}

/** Sets a target and its points for a metric (a store's own, or the default); audited. */
export async function setTarget(db: Db, actor: Actor, input: TargetInput, meta?: RequestMeta) {
  if (input.storeId === null && actor.storeIds !== null)
    throw new AppError("forbidden", "Only platform-wide roles set the default for every store.");
  if (input.storeId && !actorHasStore(actor, input.storeId))
    throw new AppError("not_found", "No such store.");
  return db.$transaction(async (tx) => {
    const existing = await tx.performanceTarget.findFirst({
      where: { metric: input.metric, storeId: input.storeId },
    });
    const data = {
      target: input.target,
      pointsPerUnit: input.pointsPerUnit,
      bonusPoints: input.bonusPoints,
    };
    const row = existing
      ? await tx.performanceTarget.update({ where: { id: existing.id }, data })
      : await tx.performanceTarget.create({
          data: { ...data, metric: input.metric, storeId: input.storeId },
        });
    await recordAudit(
      tx,
      actor,
      {
        action: "target.set",
        entityType: "PerformanceTarget",
        entityId: row.id,
        storeId: input.storeId,
        before: existing
          ? {
              target: existing.target,
              pointsPerUnit: existing.pointsPerUnit,
              bonusPoints: existing.bonusPoints,
            }
          : null,
        after: input,
      },
      meta,
    );
    return { id: row.id };
  });
}
