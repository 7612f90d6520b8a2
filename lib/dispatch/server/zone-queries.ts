import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import { parsePolygon } from "@/lib/orders/domain/geo";
import type { EditableZone } from "@/lib/dispatch/zones/types";

/** The zones an actor may edit (their stores'; all of them for unscoped staff), by store. */
export async function findEditableZones(actor: Actor): Promise<EditableZone[]> {
  const rows = await db.zone.findMany({
    where: actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } },
    orderBy: [{ storeId: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      storeId: true,
      polygon: true,
      deliveryFeeCents: true,
      minOrderCents: true,
      active: true,
    },
  });
  return rows.map((z) => ({
    ...z,
    polygon: parsePolygon(z.polygon).map(([lng, lat]) => [lng, lat] as [number, number]),
  }));
}
