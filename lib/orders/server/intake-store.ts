import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/platform/errors";
import { isOpenAt, nextOpening } from "@/lib/orders/domain/hours";
import { findZone, parsePolygon, type LngLat } from "@/lib/orders/domain/geo";

type Tx = Prisma.TransactionClient;

const SLOT_MS = 15 * 60_000;

/** Loads the store and refuses intake when it is paused or closed; returns the serving zone. */
export async function checkStoreAccepts(tx: Tx, storeId: string, point: LngLat, now: Date) {
  const store = await tx.store.findUnique({ where: { id: storeId }, include: { hours: true } });
  if (!store) throw new AppError("not_found", "Store not found.");
  if (store.status === "PAUSED") {
    const why = store.pausedReason ? `: ${store.pausedReason}` : "";
    throw new AppError("conflict", `${store.nameEn} is paused and not taking orders${why}.`);
  }
  if (!isOpenAt(store.hours, now)) {
    const next = nextOpening(store.hours, now);
    throw new AppError(
      "conflict",
      `${store.nameEn} is closed now${next ? `; it opens at ${next} (Asia/Shanghai)` : ""}.`,
    );
  }
  const zones = await tx.zone.findMany({
    where: { active: true, OR: [{ storeId }, { storeId: null }] },
  });
  const zone = findZone(
    zones.map((z) => ({ ...z, polygon: parsePolygon(z.polygon) })),
    point,
  );
  if (!zone) {
    throw new AppError("validation", "The address is outside every delivery zone of this store.", {
      fields: { address: ["Outside every delivery zone."] },
    });
  }
  return { store, zone };
}

/** Refuses an order that would overfill the store's current 15-minute slot. */
export async function checkSlot(
  tx: Tx,
  store: { id: string; slotMaxOrders: number | null; slotMaxValueCents: number | null },
  totalCents: number,
  now: Date,
): Promise<void> {
  if (store.slotMaxOrders === null && store.slotMaxValueCents === null) return;
  const slotStart = new Date(now.getTime() - (now.getTime() % SLOT_MS));
  const agg = await tx.order.aggregate({
    where: {
      storeId: store.id,
      placedAt: { gte: slotStart, lt: new Date(slotStart.getTime() + SLOT_MS) },
      status: { notIn: ["REJECTED", "CANCELLED"] },
    },
    _count: { _all: true },
    _sum: { totalCents: true },
  });
  const full =
    (store.slotMaxOrders !== null && agg._count._all >= store.slotMaxOrders) ||
    (store.slotMaxValueCents !== null &&
      (agg._sum.totalCents ?? 0) + totalCents > store.slotMaxValueCents);
  if (full) {
    const retry = Math.ceil((slotStart.getTime() + SLOT_MS - now.getTime()) / 1000);
    throw new AppError("rate_limited", "The store is at capacity for this 15-minute slot.", {
      retryAfterSeconds: retry,
    });
  }
}

/** Whether the store accepts this channel's orders without a person confirming. */
export function autoAccepts(autoAcceptJson: string, channel: Channel): boolean {
  try {
    const value: unknown = JSON.parse(autoAcceptJson);
    return (
      typeof value === "object" &&
      value !== null &&
      (value as Record<string, unknown>)[channel] === true
    );
  } catch {
    return false;
  }
}
