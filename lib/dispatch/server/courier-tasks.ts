import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { parseStoredPlan } from "./plan-store";
import type { CourierPrincipal } from "./courier-http";

/** What the courier app shows: open offers, accepted work and the planned route. */
export async function findCourierTasks(db: Db, courier: CourierPrincipal, now = new Date()) {
  const [assignments, row] = await Promise.all([
    db.deliveryAssignment.findMany({
      where: {
        courierId: courier.id,
        OR: [
          { status: "OFFERED", expiresAt: { gt: now } },
          {
            status: "ACCEPTED",
            order: { status: { in: ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] } },
          },
        ],
      },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        status: true,
        expiresAt: true,
        pinned: true,
        order: {
          select: {
            id: true,
            code: true,
            status: true,
            customerName: true,
            addressLine: true,
            lat: true,
            lng: true,
            promisedAt: true,
            store: {
              select: {
                code: true,
                nameZh: true,
                nameEn: true,
                address: true,
                lat: true,
                lng: true,
              },
            },
          },
        },
      },
    }),
    db.courier.findUniqueOrThrow({
      where: { id: courier.id },
      select: { status: true, plan: true },
    }),
  ]);
  const view = (a: (typeof assignments)[number]) => ({
    assignmentId: a.id,
    orderId: a.order.id,
    orderCode: a.order.code,
    orderStatus: a.order.status,
    pinned: a.pinned,
    expiresAt: a.expiresAt?.toISOString() ?? null,
    pickup: a.order.store,
    dropoff: {
      address: a.order.addressLine,
      name: a.order.customerName,
      lat: a.order.lat,
      lng: a.order.lng,
    },
    promisedAt: a.order.promisedAt.toISOString(),
  });
  const plan = parseStoredPlan(row.plan);
  return {
    status: row.status,
    offers: assignments.filter((a) => a.status === "OFFERED").map(view),
    tasks: assignments.filter((a) => a.status === "ACCEPTED").map(view),
    plan: plan ? plan.stops.map(({ storeId: _storeId, ...s }) => s) : [],
  };
}

/** Accepts or declines an offer. A decline (or a lapse) keeps this courier off that order. */
export async function respondToOffer(
  db: Db,
  courier: CourierPrincipal,
  assignmentId: string,
  answer: "accept" | "decline",
  now = new Date(),
  declineReason: string | null = null,
) {
  return db.$transaction(async (tx) => {
    const offer = await tx.deliveryAssignment.findFirst({
      where: { id: assignmentId, courierId: courier.id },
      select: {
        id: true,
        status: true,
        expiresAt: true,
        order: { select: { id: true, storeId: true, status: true, version: true } },
      },
    });
    if (!offer) throw new AppError("not_found", "Offer not found.");
    if (offer.status !== "OFFERED" || (offer.expiresAt !== null && offer.expiresAt <= now)) {
      throw new AppError("conflict", "This offer is no longer open.", {
        currentStatus: offer.status,
      });
    }
    if (answer === "accept") {
      if (courier.status === "OFFLINE" || courier.status === "BREAK") {
        throw new AppError("conflict", "Go back to work before accepting offers.");
      }
      const { count } = await tx.order.updateMany({
        where: { id: offer.order.id, status: { in: ["PLACED", "ACCEPTED", "PREPARING", "READY"] } },
        data: { courierId: courier.id },
      });
      if (count === 0)
        throw new AppError("conflict", "The order is no longer waiting for a courier.");
    }
    await tx.deliveryAssignment.update({
      where: { id: offer.id },
      data: {
        status: answer === "accept" ? "ACCEPTED" : "DECLINED",
        respondedAt: now,
        declineReason: answer === "decline" ? declineReason || null : null,
      },
    });
    await publishEvent(tx, {
      topic: "order.updated",
      storeId: offer.order.storeId,
      payload: {
        orderId: offer.order.id,
        status: offer.order.status,
        version: offer.order.version,
        courierId: answer === "accept" ? courier.id : null,
      },
    });
    return { assignmentId: offer.id, status: answer === "accept" ? "ACCEPTED" : "DECLINED" };
  });
}
