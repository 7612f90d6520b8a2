"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/lib/platform/db";
import { defineAction } from "@/lib/platform/guard";
import { adjustStockSchema, importMenuSchema, setSoldOutSchema } from "../schemas";
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
