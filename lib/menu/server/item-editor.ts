import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { photoUrl } from "../domain/image";
import type { MenuItemInput } from "../schemas";
import { requireStore } from "./menu-csv";
import { announceMenuChange } from "./notify";

type Tx = Prisma.TransactionClient;

const refused = (field: string, message: string) =>
  new AppError("validation", message, { fields: { [field]: [message] } });

/**
 * Checks that what the item points at (category, photo, recipe ingredients) belongs to the
 * item's store, and returns the fields stored as columns.
 */
export async function itemColumns(tx: Tx, input: MenuItemInput) {
  const storeId = input.storeId;
  if (input.categoryId) {
    const n = await tx.menuCategory.count({ where: { id: input.categoryId, storeId } });
    if (n === 0) throw refused("categoryId", "Pick a category of this store.");
  }
  if (input.photoId) {
    const n = await tx.menuPhoto.count({ where: { id: input.photoId, storeId } });
    if (n === 0) throw refused("photoId", "Upload the photo again.");
  }
  const ingredientIds = [
    ...new Set(
      input.optionGroups.flatMap((g) =>
        g.options.flatMap((o) => o.recipe.map((r) => r.ingredientId)),
      ),
    ),
  ];
  if (ingredientIds.length) {
    const found = await tx.ingredient.count({ where: { id: { in: ingredientIds }, storeId } });
    if (found !== ingredientIds.length)
      throw refused("optionGroups", "Pick ingredients of this store.");
  }
  return {
    categoryId: input.categoryId,
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    descriptionZh: input.descriptionZh || null,
    descriptionEn: input.descriptionEn || null,
    priceCents: input.priceCents,
    active: input.active,
    stockTracked: input.stockTracked,
    lowStockThreshold: input.lowStockThreshold,
    sortOrder: input.sortOrder,
    photoUrl: input.photoId ? photoUrl(input.photoId) : null,
    availability: input.availability?.length ? JSON.stringify(input.availability) : null,
    channelOverrides: Object.keys(input.channelOverrides).length
      ? JSON.stringify(input.channelOverrides)
      : null,
  };
}

/**
 * Makes the item's option groups match the editor: groups and options keep their ids (so a
 * sold-out option stays sold out), missing ones are deleted, new ones created, and each
 * option's recipe is replaced.
 */
export async function syncOptionGroups(
  tx: Tx,
  itemId: string,
  groups: MenuItemInput["optionGroups"],
): Promise<void> {
  const existing = await tx.optionGroup.findMany({
    where: { itemId },
    select: { id: true, options: { select: { id: true } } },
  });
  const keepGroups = new Set(groups.flatMap((g) => (g.id ? [g.id] : [])));
  await tx.optionGroup.deleteMany({
    where: { itemId, id: { notIn: [...keepGroups] } },
  });
  for (const [gi, g] of groups.entries()) {
    const fields = {
      nameZh: g.nameZh,
      nameEn: g.nameEn,
      minChoices: g.minChoices,
      maxChoices: g.maxChoices,
      sortOrder: gi,
    };
    const known = existing.find((e) => e.id === g.id);
    const groupId = known
      ? (await tx.optionGroup.update({ where: { id: known.id }, data: fields })).id
      : (await tx.optionGroup.create({ data: { itemId, ...fields } })).id;
    const keepOptions = g.options.flatMap((o) =>
      o.id && known?.options.some((k) => k.id === o.id) ? [o.id] : [],
    );
    await tx.menuOption.deleteMany({ where: { groupId, id: { notIn: keepOptions } } });
    for (const [oi, o] of g.options.entries()) {
      const data = {
        nameZh: o.nameZh,
        nameEn: o.nameEn,
        priceDeltaCents: o.priceDeltaCents,
        sortOrder: oi,
      };
      const optionId =
        o.id && keepOptions.includes(o.id)
          ? (await tx.menuOption.update({ where: { id: o.id }, data })).id
          : (await tx.menuOption.create({ data: { groupId, ...data } })).id;
      await tx.optionRecipeLine.deleteMany({ where: { optionId } });
      if (o.recipe.length)
        await tx.optionRecipeLine.createMany({
          data: o.recipe.map((r) => ({ optionId, ...r })),
        });
    }
  }
}

/** Creates a menu item with its option groups, audited and announced to the channels. */
export async function createMenuItem(
  db: Db,
  actor: Actor,
  input: MenuItemInput,
  meta?: RequestMeta,
): Promise<{ id: string; updatedAt: Date }> {
  await requireStore(db, actor, input.storeId);
  return db.$transaction(async (tx) => {
    const columns = await itemColumns(tx, input);
    const item = await tx.menuItem.create({
      data: {
        storeId: input.storeId,
        ...columns,
        stockQty: input.stockTracked ? (input.stockQty ?? 0) : null,
      },
      select: { id: true },
    });
    await syncOptionGroups(tx, item.id, input.optionGroups);
    await recordAudit(
      tx,
      actor,
      {
        action: "menu.item_created",
        entityType: "MenuItem",
        entityId: item.id,
        storeId: input.storeId,
        after: { nameZh: input.nameZh, priceCents: input.priceCents },
      },
      meta,
    );
    await announceMenuChange(tx, { storeId: input.storeId, reason: "edited", itemIds: [item.id] });
    return tx.menuItem.findUniqueOrThrow({
      where: { id: item.id },
      select: { id: true, updatedAt: true },
    });
  });
}
