import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import { nextStatus, type OrderAction } from "@/lib/orders/domain/lifecycle";
import { distanceKm, quotedPrepMinutes, travelMinutes } from "@/lib/orders/domain/eta";
import { cancelParty, orderScope, type OrderActor } from "./order-actor";
import { recordOrderChange } from "./order-effects";
import { releaseStock } from "./stock";
import { explainConflict } from "./conflict";

export { refundOrder } from "./refund";
export type { OrderActor } from "./order-actor";

export type TransitionInput = {
  orderId: string;
  /** The version the caller saw; a different current version means someone else acted first. */
  version: number;
  action: Exclude<OrderAction, "refund_full">;
  reason?: string;
  prepMinutes?: number;
};

export type TransitionResult = { id: string; code: string; status: string; version: number };

const TIMESTAMP: Partial<Record<OrderAction, keyof Prisma.OrderUpdateManyMutationInput>> = {
  accept: "acceptedAt",
  mark_ready: "readyAt",
  pick_up: "pickedUpAt",
  deliver: "deliveredAt",
  cancel: "cancelledAt",
  reject: "cancelledAt",
};

/** Moves an order one lifecycle step, refusing stale versions and illegal transitions. */
export async function transitionOrder(
  db: Db,
  who: OrderActor,
  input: TransitionInput,
  now = new Date(),
): Promise<TransitionResult> {
  if ((input.action === "cancel" || input.action === "reject") && !input.reason?.trim()) {
    throw new AppError("validation", "Give a reason.", { fields: { reason: ["Give a reason."] } });
  }
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: input.orderId, ...orderScope(who) },
      include: { store: true },
    });
    if (!order) throw new AppError("not_found", "Order not found.");
    if (order.version !== input.version) {
      throw new AppError("conflict", await explainConflict(tx, order), {
        currentVersion: order.version,
        currentStatus: order.status,
      });
    }
    const step = nextStatus(order.status, input.action);
    if (!step.ok) throw new AppError("conflict", step.reason, { currentStatus: order.status });

    const data: Prisma.OrderUpdateManyMutationInput = {
      status: step.to,
      version: { increment: 1 },
    };
    const stamp = TIMESTAMP[input.action];
    if (stamp) Object.assign(data, { [stamp]: now });
    if (input.action === "accept") {
      const prep = quotedPrepMinutes(order.store, input.prepMinutes ?? order.prepMinutes);
      const km = distanceKm([order.store.lng, order.store.lat], [order.lng, order.lat]);
      data.prepMinutes = prep;
      data.estimatedAt = new Date(now.getTime() + (prep + travelMinutes(km)) * 60_000);
    }
    if (input.action === "cancel" || input.action === "reject") {
      data.cancelReason = input.reason ?? null;
      data.cancelledBy = who.type === "STAFF" ? "STAFF" : who.type;
    }
    const { count } = await tx.order.updateMany({
      where: { id: order.id, version: input.version, status: order.status },
      data,
    });
    if (count === 0) throw new AppError("conflict", await explainConflict(tx, order));
    const version = order.version + 1;

    if (input.action === "cancel" || input.action === "reject") {
      const actorId = who.type === "STAFF" ? who.actor.id : null;
      await releaseStock(tx, { storeId: order.storeId, orderId: order.id, actorId });
    }
    await recordOrderChange(
      tx,
      who,
      {
        order,
        type: input.action,
        from: order.status,
        to: step.to,
        version,
        reason: input.reason ?? null,
        data:
          input.action === "accept"
            ? { prepMinutes: data.prepMinutes }
            : input.action === "cancel"
              ? { cancelledBy: cancelParty(who) }
              : undefined,
        topic: "order.updated",
      },
      now,
    );
    return { id: order.id, code: order.code, status: step.to, version };
  });
}
