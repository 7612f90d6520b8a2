"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import {
  adjustStockSchema,
  createPurchaseOrderSchema,
  importMenuSchema,
  receivePurchaseOrderSchema,
  replyToReviewSchema,
  sendPurchaseOrderSchema,
  setSoldOutSchema,
} from "../schemas";
import { createPurchaseOrder, receivePurchaseOrder, sendPurchaseOrder } from "./supply";
import { replyToReview } from "./reviews";
import { setSoldOut } from "./sold-out";
import { importMenuCsv } from "./menu-csv";
import { adjustStock } from "./stock-mutations";

/** One-click sold out ("86") or back on sale, for an item or an option. */
export const setSoldOutAction = defineAction(
  "stock.adjust",
  setSoldOutSchema,
  async (actor, input, meta) => {
    const result = await setSoldOut(db, actor, input, meta);
    revalidatePath("/menu");
    return result;
  },
);

/** Imports a menu CSV into one store (all or nothing unless "skip bad rows"). */
export const importMenuAction = defineAction(
  "menu.edit",
  importMenuSchema,
  async (actor, input, meta) => {
    const result = await importMenuCsv(db, actor, input, meta);
    revalidatePath("/menu");
    return result;
  },
);

/** Manual stock adjustment or waste, with a reason, booked to the ledger. */
export const adjustStockAction = defineAction(
  "stock.adjust",
  adjustStockSchema,
  async (actor, input, meta) => {
    const result = await adjustStock(db, actor, input, meta);
    revalidatePath("/menu");
    return result;
  },
);

/** Creates a draft purchase order. */
export const createPurchaseOrderAction = defineAction(
  "supply.manage",
  createPurchaseOrderSchema,
  async (actor, input, meta) => {
    const result = await createPurchaseOrder(db, actor, input, meta);
    revalidatePath("/menu/supply");
    return result;
  },
);

/** Sends a draft purchase order to its supplier. */
export const sendPurchaseOrderAction = defineAction(
  "supply.manage",
  sendPurchaseOrderSchema,
  async (actor, input, meta) => {
    const result = await sendPurchaseOrder(db, actor, input.purchaseOrderId, meta);
    revalidatePath("/menu/supply");
    return result;
  },
);

/** Books a delivery against a purchase order (stock, cost, ledger). */
export const receivePurchaseOrderAction = defineAction(
  "stock.adjust",
  receivePurchaseOrderSchema,
  async (actor, input, meta) => {
    const result = await receivePurchaseOrder(db, actor, input, meta);
    revalidatePath("/menu/supply");
    return result;
  },
);

/** Replies to a customer review (told if someone else replied first). */
export const replyToReviewAction = defineAction(
  "menu.edit",
  replyToReviewSchema,
  async (actor, input, meta) => {
    const result = await replyToReview(db, actor, input, meta);
    revalidatePath("/menu/reviews");
    return result;
  },
);
