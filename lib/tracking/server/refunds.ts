import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/platform/db-client";
import type { TrackingRefund } from "../types";

const itemsSchema = z.array(z.object({ orderItemId: z.string(), quantity: z.number().int() }));

type Line = { id: string; nameZh: string; nameEn: string };

/** Refunds of the order as the customer sees them: amount, time and the refunded dishes. */
export async function findOrderRefunds(
  db: Db,
  orderId: string,
  lines: readonly Line[],
): Promise<TrackingRefund[]> {
  const refunds = await db.refund.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, amountCents: true, items: true, createdAt: true },
  });
  const byId = new Map(lines.map((l) => [l.id, l]));
  return refunds.map((r) => ({
    id: r.id,
    amountCents: r.amountCents,
    at: r.createdAt.toISOString(),
    items: r.items === null ? null : refundedItems(r.items, byId),
  }));
}

function refundedItems(json: string, byId: Map<string, Line>): TrackingRefund["items"] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = itemsSchema.safeParse(raw);
  if (!parsed.success) return null;
  return parsed.data.flatMap((i) => {
    const line = byId.get(i.orderItemId);
    return line ? [{ nameZh: line.nameZh, nameEn: line.nameEn, quantity: i.quantity }] : [];
  });
}
