import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import type { CategoryInput, MoveCategoryInput } from "../schemas";
import { requireStore } from "./menu-csv";
import { announceMenuChange } from "./notify";

const parentRefused = (message: string) =>
  new AppError("validation", message, { fields: { parentId: [message] } });

/**
 * Creates a category or renames / re-parents / switches one (with its hours). A parent must
 * be a top-level category of the same store, so the tree is at most two levels deep.
 */
export async function saveCategory(
  db: Db,
  actor: Actor,
  input: CategoryInput,
  meta?: RequestMeta,
): Promise<{ id: string }> {
  await requireStore(db, actor, input.storeId);
  return db.$transaction(async (tx) => {
    if (input.parentId) {
      if (input.parentId === input.id) throw parentRefused("A category cannot be its own parent.");
      const parent = await tx.menuCategory.findFirst({
        where: { id: input.parentId, storeId: input.storeId },
        select: { parentId: true },
      });
      if (!parent) throw parentRefused("Pick a category of this store.");
      if (parent.parentId) throw parentRefused("Sub-categories cannot have their own.");
      if (input.id) {
        const children = await tx.menuCategory.count({ where: { parentId: input.id } });
        if (children > 0) throw parentRefused("This category has sub-categories of its own.");
      }
    }
    const data = {
      parentId: input.parentId,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      active: input.active,
      availability: input.availability?.length ? JSON.stringify(input.availability) : null,
    };
    let id: string;
    if (input.id) {
      const { count } = await tx.menuCategory.updateMany({
        where: { id: input.id, storeId: input.storeId },
        data,
      });
      if (count === 0) throw new AppError("not_found", "No such category in this store.");
      id = input.id;
    } else {
      const last = await tx.menuCategory.aggregate({
        where: { storeId: input.storeId, parentId: input.parentId },
        _max: { sortOrder: true },
      });
      id = (
        await tx.menuCategory.create({
          data: { storeId: input.storeId, ...data, sortOrder: (last._max.sortOrder ?? -1) + 1 },
          select: { id: true },
        })
      ).id;
    }
    await recordAudit(
      tx,
      actor,
      {
        action: input.id ? "menu.category_updated" : "menu.category_created",
        entityType: "MenuCategory",
        entityId: id,
        storeId: input.storeId,
        after: data,
      },
      meta,
    );
    await announceMenuChange(tx, { storeId: input.storeId, reason: "edited", itemIds: [] });
    return { id };
  });
}

/** Moves a category one place up or down among its siblings (renumbering them 0..n). */
export async function moveCategory(
  db: Db,
  actor: Actor,
  input: MoveCategoryInput,
  meta?: RequestMeta,
): Promise<{ moved: boolean }> {
  await requireStore(db, actor, input.storeId);
  return db.$transaction(async (tx) => {
    const cat = await tx.menuCategory.findFirst({
      where: { id: input.id, storeId: input.storeId },
      select: { parentId: true },
    });
    if (!cat) throw new AppError("not_found", "No such category in this store.");
    const siblings = await tx.menuCategory.findMany({
      where: { storeId: input.storeId, parentId: cat.parentId },
      orderBy: [{ sortOrder: "asc" }, { nameZh: "asc" }],
      select: { id: true },
    });
    const ids = siblings.map((s) => s.id);
    const at = ids.indexOf(input.id);
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= ids.length) return { moved: false };
    [ids[at], ids[to]] = [ids[to] ?? input.id, input.id];
    for (const [sortOrder, id] of ids.entries())
      await tx.menuCategory.update({ where: { id }, data: { sortOrder } });
    await recordAudit(
      tx,
      actor,
      {
        action: "menu.category_moved",
        entityType: "MenuCategory",
        entityId: input.id,
        storeId: input.storeId,
        after: { direction: input.direction, position: to },
      },
      meta,
    );
    await announceMenuChange(tx, { storeId: input.storeId, reason: "edited", itemIds: [] });
    return { moved: true };
  });
}
