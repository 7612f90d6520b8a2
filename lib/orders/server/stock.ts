import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/platform/errors";
import { startOfBusinessDay } from "@/lib/platform/time";
import {
  announceIfLow,
  consumeIngredients,
  releaseIngredients,
} from "@/lib/menu/server/ingredient-stock";

type Tx = Prisma.TransactionClient;

/** `optionIds`: the chosen options, whose own recipes (e.g. "extra beef") are consumed too. */
export type StockLine = { itemId: string; name: string; quantity: number; optionIds?: string[] };

/**
 * Reserves stock of tracked items with a conditional decrement, so two orders racing for the
 * last portion cannot both get it; an item reaching zero is marked sold out.
 */
export async function reserveStock(
  tx: Tx,
  input: { storeId: string; orderId: string; lines: StockLine[]; now: Date },
): Promise<void> {
  const wanted = new Map<string, StockLine>();
  for (const line of input.lines) {
    const prev = wanted.get(line.itemId);
    wanted.set(line.itemId, { ...line, quantity: (prev?.quantity ?? 0) + line.quantity });
  }
  for (const line of wanted.values()) {
    const tracked = await tx.menuItem.findFirst({
      where: { id: line.itemId, storeId: input.storeId, stockTracked: true },
      select: { id: true, lowStockThreshold: true },
    });
    if (!tracked) continue;
    const { count } = await tx.menuItem.updateMany({
      where: { id: line.itemId, stockTracked: true, stockQty: { gte: line.quantity } },
      data: { stockQty: { decrement: line.quantity } },
    });
    if (count === 0) {
      throw new AppError("conflict", `Not enough stock of ${line.name} for ${line.quantity}.`, {
        fields: { items: [`${line.name} is sold out or short of stock.`] },
      });
    }
    // The last portion sold marks the item sold out for the rest of the business day, so the
    // menu and every channel show it at once.
    await tx.menuItem.updateMany({
      where: { id: line.itemId, stockQty: { lte: 0 }, soldOutUntil: null },
      data: { soldOutUntil: new Date(startOfBusinessDay(input.now).getTime() + 86_400_000) },
    });
    await tx.stockMovement.create({
      data: {
        storeId: input.storeId,
        itemId: line.itemId,
        delta: -line.quantity,
        reason: "ORDER",
        orderId: input.orderId,
      },
    });
    const after = await tx.menuItem.findUnique({
      where: { id: line.itemId },
      select: { stockQty: true },
    });
    await announceIfLow(tx, input.storeId, {
      kind: "item",
      id: line.itemId,
      name: line.name,
      after: after?.stockQty ?? 0,
      used: line.quantity,
      threshold: tracked.lowStockThreshold,
    });
  }
  // Recipes: the ingredients behind each dish, refused as a whole if any runs short.
  await consumeIngredients(tx, {
    storeId: input.storeId,
    orderId: input.orderId,
    lines: input.lines,
  });
}

/** Returns whatever an order still holds in reserve (net of earlier releases), with a ledger row. */
export async function releaseStock(
  tx: Tx,
  input: { storeId: string; orderId: string; actorId: string | null },
): Promise<void> {
  const moves = await tx.stockMovement.findMany({
    where: { orderId: input.orderId, itemId: { not: null }, reason: { in: ["ORDER", "CANCEL"] } },
    select: { itemId: true, delta: true },
  });
  const net = new Map<string, number>();
  for (const m of moves) if (m.itemId) net.set(m.itemId, (net.get(m.itemId) ?? 0) + m.delta);
  for (const [itemId, delta] of net) {
    if (delta >= 0) continue;
    // Portions coming back to an item this release had emptied make it orderable again.
    await tx.menuItem.updateMany({
      where: { id: itemId, stockTracked: true, stockQty: { lte: 0 } },
      data: { soldOutUntil: null },
    });
    await tx.menuItem.updateMany({
      where: { id: itemId, stockTracked: true },
      data: { stockQty: { increment: -delta } },
    });
    await tx.stockMovement.create({
      data: {
        storeId: input.storeId,
        itemId,
        delta: -delta,
        reason: "CANCEL",
        orderId: input.orderId,
        actorId: input.actorId,
      },
    });
  }
  await releaseIngredients(tx, input);
}
