"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import {
  bulkEditSchema,
  categoryInputSchema,
  menuItemInputSchema,
  moveCategorySchema,
  supplierInputSchema,
  updateMenuItemSchema,
} from "../schemas";
import { createMenuItem } from "./item-editor";
import { bulkEditItems, updateMenuItem } from "./item-mutations";
import { moveCategory, saveCategory } from "./category-mutations";
import { saveSupplier } from "./supplier-mutations";

/** Creates a menu item with its option groups. */
export const createMenuItemAction = defineAction(
  "menu.edit",
  menuItemInputSchema,
  async (actor, input, meta) => {
    const result = await createMenuItem(db, actor, input, meta);
    revalidatePath("/menu");
    return { id: result.id, updatedAt: result.updatedAt.toISOString() };
  },
);

/** Saves an item if nobody changed it since it was opened (else a conflict); a price change
 * reaching the store's PRICE_CHANGE threshold is queued for approval instead of written. */
export const updateMenuItemAction = defineAction(
  "menu.edit",
  updateMenuItemSchema,
  async (actor, input, meta) => {
    const result = await updateMenuItem(db, actor, input, meta);
    revalidatePath("/menu");
    return {
      id: result.id,
      updatedAt: result.updatedAt.toISOString(),
      // Set when the new price reached the store's threshold: queued, the old price kept.
      priceApprovalId: result.priceApprovalId,
    };
  },
);

/** Price by %, move to a category, enable/disable for many items at once. */
export const bulkEditAction = defineAction(
  "menu.edit",
  bulkEditSchema,
  async (actor, input, meta) => {
    const result = await bulkEditItems(db, actor, input, meta);
    revalidatePath("/menu");
    return result;
  },
);

/** Creates or edits a category (name, parent, on/off, hours). */
export const saveCategoryAction = defineAction(
  "menu.edit",
  categoryInputSchema,
  async (actor, input, meta) => {
    const result = await saveCategory(db, actor, input, meta);
    revalidatePath("/menu");
    return result;
  },
);

/** Moves a category up or down among its siblings. */
export const moveCategoryAction = defineAction(
  "menu.edit",
  moveCategorySchema,
  async (actor, input, meta) => {
    const result = await moveCategory(db, actor, input, meta);
    revalidatePath("/menu");
    return result;
  },
);

/** Creates or edits a supplier and the ingredients bought from it. */
export const saveSupplierAction = defineAction(
  "supply.manage",
  supplierInputSchema,
  async (actor, input, meta) => {
    const result = await saveSupplier(db, actor, input, meta);
    revalidatePath("/menu/supply");
    return result;
  },
);
