import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import { storeScope, type Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { publishEvent } from "@/lib/platform/events";
import type { AssignmentExplanation } from "@/lib/dispatch/plan-types";

type Tx = Prisma.TransactionClient;
type Meta = { ip: string; userAgent: string | null };

const UNPICKED = ["PLACED", "ACCEPTED", "PREPARING", "READY"] as const;
const ACTIVE = ["OFFERED", "ACCEPTED"];

async function announce(
  tx: Tx,
  order: { id: string; code: string; storeId: string; status: string; version: number },
  courierId: string | null,
) {
  await publishEvent(tx, {
    topic: "order.updated",
    storeId: order.storeId,
    payload: {
      orderId: order.id,
      code: order.code,
      status: order.status,
      version: order.version,
      courierId,
    },
  });
}

/**
 * A dispatcher gives open orders to a courier (bulk reassign when several): previous
 * assignments are retired, the new ones are manual (the planner keeps them while the courier
 * works) and optionally pinned (kept even then). All or nothing, audited.
 */
export async function assignOrders(
  db: Db,
  actor: Actor,
  input: { orderIds: string[]; courierId: string; pin?: boolean },
  meta?: Meta,
  now = new Date(),
): Promise<{ assigned: number }> {
  const ids = [...new Set(input.orderIds)];
  return db.$transaction(async (tx) => {
    const courier = await tx.courier.findFirst({
      where: { id: input.courierId, active: true },
      select: { id: true, code: true, status: true },
    });
    if (!courier) {
      throw new AppError("not_found", "Courier not found.", {
        fields: { courierId: ["Courier not found."] },
      });
    }
    if (courier.status === "OFFLINE") {
      throw new AppError("conflict", `Courier ${courier.code} is off shift.`);
    }
    const orders = await tx.order.findMany({
      where: { id: { in: ids }, ...storeScope(actor) },
      select: { id: true, code: true, storeId: true, status: true, version: true },
    });
    const closed = orders.filter((o) => !(UNPICKED as readonly string[]).includes(o.status));
    if (orders.length !== ids.length) throw new AppError("not_found", "Order not found.");
    if (closed.length > 0) {
      throw new AppError(
        "conflict",
        `Only orders waiting for pickup can be assigned (${closed.map((o) => o.code).join(", ")}).`,
      );
    }
    const explanation: AssignmentExplanation = {
      kind: "manual",
      mode: "assign",
      chosen: null,
      alternatives: [],
      considered: 1,
      excludedCourierIds: [],
      decidedAt: now.toISOString(),
      byEmail: actor.email,
      courierCode: courier.code,
      pinned: input.pin ?? false,
    };
    for (const o of orders) {
      await tx.deliveryAssignment.updateMany({
        where: { orderId: o.id, status: { in: ACTIVE } },
        data: { status: "SUPERSEDED", respondedAt: now },
      });
      await tx.deliveryAssignment.create({
        data: {
          orderId: o.id,
          courierId: courier.id,
          status: "ACCEPTED",
          byActorType: "STAFF",
          byActorId: actor.id,
          pinned: input.pin ?? false,
          explanation: JSON.stringify(explanation),
          createdAt: now,
        },
      });
      await tx.order.update({ where: { id: o.id }, data: { courierId: courier.id } });
      await recordAudit(
        tx,
        actor,
        {
          action: ids.length > 1 ? "dispatch.reassign" : "dispatch.assign",
          entityType: "Order",
          entityId: o.id,
          storeId: o.storeId,
          after: { courierId: courier.id, courierCode: courier.code, pinned: input.pin ?? false },
        },
        meta,
      );
      await announce(tx, o, courier.id);
    }
    return { assigned: orders.length };
  });
}

async function activeAssignment(tx: Tx, actor: Actor, orderId: string) {
  const order = await tx.order.findFirst({
    where: { id: orderId, ...storeScope(actor) },
    select: {
      id: true,
      code: true,
      storeId: true,
      status: true,
      version: true,
      assignments: {
        where: { status: { in: ACTIVE } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, courierId: true, pinned: true },
      },
    },
  });
  if (!order) throw new AppError("not_found", "Order not found.");
  return { order, assignment: order.assignments[0] ?? null };
}

/** Takes an unpicked order back from its courier; auto-dispatch may plan it again. */
export async function unassignOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  meta?: Meta,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { order, assignment } = await activeAssignment(tx, actor, orderId);
    if (!(UNPICKED as readonly string[]).includes(order.status)) {
      throw new AppError("conflict", "Only an order waiting for pickup can be unassigned.");
    }
    if (!assignment) throw new AppError("conflict", "The order has no courier.");
    await tx.deliveryAssignment.update({
      where: { id: assignment.id },
      data: { status: "SUPERSEDED", respondedAt: now },
    });
    await tx.order.update({ where: { id: order.id }, data: { courierId: null } });
    await recordAudit(
      tx,
      actor,
      {
        action: "dispatch.unassign",
        entityType: "Order",
        entityId: order.id,
        storeId: order.storeId,
        before: { courierId: assignment.courierId },
      },
      meta,
    );
    await announce(tx, order, null);
    return { id: order.id };
  });
}

/** Pins an order to its current courier (or releases the pin). */
export async function setPin(db: Db, actor: Actor, orderId: string, pinned: boolean, meta?: Meta) {
  return db.$transaction(async (tx) => {
    const { order, assignment } = await activeAssignment(tx, actor, orderId);
    if (!assignment) throw new AppError("conflict", "Assign a courier before pinning.");
    await tx.deliveryAssignment.update({ where: { id: assignment.id }, data: { pinned } });
    await recordAudit(
      tx,
      actor,
      {
        action: pinned ? "dispatch.pin" : "dispatch.unpin",
        entityType: "Order",
        entityId: order.id,
        storeId: order.storeId,
        after: { courierId: assignment.courierId, pinned },
      },
      meta,
    );
    await announce(tx, order, assignment.courierId);
    return { id: order.id, pinned };
  });
}

/** Pauses or resumes auto-assignment for one zone. */
export async function setZoneAutoDispatch(
  db: Db,
  actor: Actor,
  zoneId: string,
  enabled: boolean,
  meta?: Meta,
) {
  return db.$transaction(async (tx) => {
    const scope = actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
    const zone = await tx.zone.findFirst({
      where: { id: zoneId, ...scope },
      select: { id: true, storeId: true, autoDispatch: true },
    });
    if (!zone) throw new AppError("not_found", "Zone not found.");
    await tx.zone.update({ where: { id: zone.id }, data: { autoDispatch: enabled } });
    await recordAudit(
      tx,
      actor,
      {
        action: enabled ? "dispatch.zone_resume" : "dispatch.zone_pause",
        entityType: "Zone",
        entityId: zone.id,
        storeId: zone.storeId,
        before: { autoDispatch: zone.autoDispatch },
        after: { autoDispatch: enabled },
      },
      meta,
    );
    return { id: zone.id, autoDispatch: enabled };
  });
}
