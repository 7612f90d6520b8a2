import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { CourierStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import { transitionOrder } from "@/lib/orders/server/mutations";
import type { StopInput } from "@/lib/dispatch/courier-schemas";
import type { CourierPrincipal } from "./courier-http";
import { decodeProof } from "./proof";

export type StopKind = "pickup" | "deliver";

/**
 * A courier confirms a pickup at the store or a delivery at the door. The order moves through
 * the order lifecycle (so its timeline, webhooks and tracking page follow); the optional photo
 * is checked before anything is written and stored with the assignment.
 */
export async function confirmStop(
  db: Db,
  courier: CourierPrincipal,
  orderId: string,
  kind: StopKind,
  input: StopInput,
  now = new Date(),
) {
  const proof = input.photo ? decodeProof(input.photo) : null;
  if (courier.status === "OFFLINE") throw new AppError("conflict", "Start a shift first.");
  const order = await db.order.findFirst({
    where: { id: orderId, courierId: courier.id },
    select: {
      id: true,
      version: true,
      assignments: {
        where: { courierId: courier.id, status: "ACCEPTED" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true },
      },
    },
  });
  const assignment = order?.assignments[0];
  if (!order || !assignment) throw new AppError("not_found", "Order not found.");
  const result = await transitionOrder(
    db,
    { type: "COURIER", id: courier.id, storeId: null },
    {
      orderId: order.id,
      version: order.version,
      action: kind === "pickup" ? "pick_up" : "deliver",
    },
    now,
  );
  const left = await db.order.count({
    where: {
      courierId: courier.id,
      status: { in: ["PLACED", "ACCEPTED", "PREPARING", "READY", "PICKED_UP"] },
    },
  });
  const carrying = await db.order.count({ where: { courierId: courier.id, status: "PICKED_UP" } });
  const status: CourierStatus =
    courier.status === "BREAK"
      ? "BREAK"
      : carrying > 0
        ? "TO_DROPOFF"
        : left > 0
          ? "TO_PICKUP"
          : "AVAILABLE";
  await db.$transaction(async (tx) => {
    if (proof) {
      await tx.deliveryProof.create({
        data: {
          assignmentId: assignment.id,
          kind: kind === "pickup" ? "PICKUP" : "DROPOFF",
          mime: proof.mime,
          sizeBytes: proof.bytes.length,
          data: new Uint8Array(proof.bytes),
          createdAt: now,
        },
      });
    }
    if (kind === "deliver") {
      await tx.deliveryAssignment.update({
        where: { id: assignment.id },
        data: { status: "COMPLETED", respondedAt: now },
      });
    }
    if (status !== courier.status) {
      await tx.courier.update({ where: { id: courier.id }, data: { status } });
      await publishEvent(tx, {
        topic: "courier.updated",
        storeId: null,
        payload: { courierId: courier.id, code: courier.code, status },
      });
    }
  });
  return {
    orderId: result.id,
    code: result.code,
    status: result.status,
    courierStatus: status,
    proof: proof !== null,
  };
}
