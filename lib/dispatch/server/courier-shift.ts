import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { CourierStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import { publishEvent } from "@/lib/platform/events";
import type { CourierPrincipal } from "./courier-http";

const SHIFT_HOURS = 8;

async function setStatus(
  db: Db,
  courier: CourierPrincipal,
  status: CourierStatus,
  shift: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>,
) {
  await db.$transaction(async (tx) => {
    await shift(tx);
    await tx.courier.update({ where: { id: courier.id }, data: { status } });
    await publishEvent(tx, {
      topic: "courier.updated",
      storeId: null,
      payload: { courierId: courier.id, code: courier.code, status },
    });
  });
}

/**
 * Clocks a courier in (today's scheduled shift if there is one, else an ad-hoc one) or out.
 * Clocking out with food on board is refused: it has to be delivered first.
 */
export async function changeShift(
  db: Db,
  courier: CourierPrincipal,
  action: "start" | "end",
  now = new Date(),
) {
  const open = await db.courierShift.findFirst({
    where: { courierId: courier.id, clockInAt: { not: null }, clockOutAt: null },
    orderBy: { startsAt: "desc" },
  });
  if (action === "start") {
    if (open && courier.status !== "OFFLINE") return { status: courier.status, shiftId: open.id };
    const planned = await db.courierShift.findFirst({
      where: {
        courierId: courier.id,
        clockInAt: null,
        startsAt: { lte: new Date(now.getTime() + 3_600_000) },
        endsAt: { gt: now },
      },
    });
    let shiftId = open?.id ?? planned?.id ?? "";
    await setStatus(db, courier, "AVAILABLE", async (tx) => {
      if (open) return;
      if (planned) {
        await tx.courierShift.update({ where: { id: planned.id }, data: { clockInAt: now } });
        return;
      }
      const created = await tx.courierShift.create({
        data: {
          courierId: courier.id,
          startsAt: now,
          endsAt: new Date(now.getTime() + SHIFT_HOURS * 3_600_000),
          clockInAt: now,
        },
      });
      shiftId = created.id;
    });
    return { status: "AVAILABLE" as const, shiftId };
  }
  const carrying = await db.order.count({ where: { courierId: courier.id, status: "PICKED_UP" } });
  if (carrying > 0) {
    throw new AppError(
      "conflict",
      `Deliver the ${carrying} order(s) on board before ending the shift.`,
    );
  }
  await setStatus(db, courier, "OFFLINE", async (tx) => {
    if (open) await tx.courierShift.update({ where: { id: open.id }, data: { clockOutAt: now } });
    // Unpicked orders go back to the planner, which re-plans them on its next pass.
    await tx.courier.update({
      where: { id: courier.id },
      data: { plan: null, planUpdatedAt: now },
    });
  });
  return { status: "OFFLINE" as const, shiftId: open?.id ?? null };
}

/** Break or back to work; only on shift. Unpicked orders of a courier on break are re-planned. */
export async function changeStatus(
  db: Db,
  courier: CourierPrincipal,
  status: "AVAILABLE" | "BREAK",
) {
  if (courier.status === "OFFLINE") {
    throw new AppError("conflict", "Start a shift first.");
  }
  if (status === "AVAILABLE" && courier.status !== "BREAK") return { status: courier.status };
  await setStatus(db, courier, status, async () => undefined);
  return { status };
}
