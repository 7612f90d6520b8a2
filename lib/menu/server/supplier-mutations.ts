import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { SupplierInput } from "../schemas";
import { requireStore } from "./menu-csv";

/**
 * Creates a supplier for a store or edits one (name, contact, lead time), and links the
 * store's ingredients bought from it. Shared suppliers (no store) only platform-wide staff
 * may edit; a store's manager edits the store's own.
 */
export async function saveSupplier(
  db: Db,
  actor: Actor,
  input: SupplierInput,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  await requireStore(db, actor, input.storeId);
  return db.$transaction(async (tx) => {
    const data = {
      name: input.name,
      contactName: input.contactName || null,
      phone: input.phone || null,
      leadTimeDays: input.leadTimeDays,
    };
    let id: string;
    if (input.id) {
      const owned =
        actor.storeIds === null
          ? { OR: [{ storeId: null }, { storeId: input.storeId }] }
          : { storeId: input.storeId };
      const { count } = await tx.supplier.updateMany({ where: { id: input.id, ...owned }, data });
      if (count === 0) throw new AppError("not_found", "No such supplier you may edit.");
      id = input.id;
    } else {
      id = (await tx.supplier.create({ data: { storeId: input.storeId, ...data } })).id;
    }
    const linked = await tx.ingredient.updateMany({
      where: { id: { in: input.ingredientIds }, storeId: input.storeId },
      data: { supplierId: id },
    });
    if (linked.count !== new Set(input.ingredientIds).size) {
      throw new AppError("validation", "Pick ingredients of this store.", {
        fields: { ingredientIds: ["Pick ingredients of this store."] },
      });
    }
    await tx.ingredient.updateMany({
      where: { storeId: input.storeId, supplierId: id, id: { notIn: input.ingredientIds } },
      data: { supplierId: null },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: input.id ? "supply.supplier_updated" : "supply.supplier_created",
        entityType: "Supplier",
        entityId: id,
        storeId: input.storeId,
        after: { ...data, ingredientIds: input.ingredientIds },
      },
      meta,
    );
    return { id };
  });
}
