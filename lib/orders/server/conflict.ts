import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Tells the loser of a race who changed the order and what it is now. */
export async function explainConflict(
  tx: Tx,
  order: { id: string; code: string },
): Promise<string> {
  const [current, last] = await Promise.all([
    tx.order.findUnique({ where: { id: order.id }, select: { status: true } }),
    tx.orderEvent.findFirst({
      where: { orderId: order.id },
      orderBy: { createdAt: "desc" },
      select: { type: true, actorType: true, actor: { select: { name: true } } },
    }),
  ]);
  const status = (current?.status ?? "changed").toLowerCase().replace("_", " ");
  const who = last?.actor?.name ?? (last ? last.actorType.toLowerCase() : "someone else");
  return `Order ${order.code} was just changed by ${who} (now ${status}); reload and try again.`;
}
