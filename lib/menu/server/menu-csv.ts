import "server-only";
import type { Db } from "@/lib/platform/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/platform/actor";
import { recordAudit } from "@/lib/platform/audit";
import { AppError } from "@/lib/platform/errors";
import type { RequestMeta } from "@/lib/platform/guard";
import { holdPriceChange } from "@/lib/approvals/server/price-change";
import { parseChannelOverrides, parseSchedule } from "../domain/availability";
import {
  categoryPath,
  menuToCsv,
  parseMenuCsv,
  type MenuCsvRow,
  type RowError,
} from "../domain/menu-csv";
import type { ImportMenuInput } from "../schemas";
import { announceMenuChange } from "./notify";

type Tx = Prisma.TransactionClient;

/** Throws not_found unless the actor may work on the store (foreign reads as missing). */
export async function requireStore(db: Db | Tx, actor: Actor, storeId: string): Promise<void> {
  // Both conditions on `id`: the scope must narrow, not replace, the requested store.
  const scope = actor.storeIds === null ? {} : { AND: [{ id: { in: actor.storeIds } }] };
  const store = await db.store.findFirst({
    where: { id: storeId, ...scope },
    select: { id: true },
  });
  if (!store) throw new AppError("not_found", "No such store in your scope.");
}

/** The store's whole menu as CSV, in the import's format. */
export async function exportMenuCsv(db: Db, actor: Actor, storeId: string): Promise<string> {
  await requireStore(db, actor, storeId);
  const [categories, items] = await Promise.all([
    db.menuCategory.findMany({
      where: { storeId },
      select: { id: true, parentId: true, nameZh: true, nameEn: true },
    }),
    db.menuItem.findMany({
      where: { storeId },
      orderBy: [{ sortOrder: "asc" }, { nameEn: "asc" }],
      include: {
        optionGroups: {
          orderBy: { sortOrder: "asc" },
          include: { options: { orderBy: { sortOrder: "asc" } } },
        },
      },
    }),
  ]);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path = (id: string | null, key: "nameZh" | "nameEn"): string[] => {
    const out: string[] = [];
    for (
      let c = id ? byId.get(id) : undefined;
      c && out.length < 10;
      c = c.parentId ? byId.get(c.parentId) : undefined
    ) {
      out.unshift(c[key]);
    }
    return out;
  };
  return menuToCsv(
    items.map((i) => ({
      categoryZh: path(i.categoryId, "nameZh"),
      categoryEn: path(i.categoryId, "nameEn"),
      nameZh: i.nameZh,
      nameEn: i.nameEn,
      descriptionZh: i.descriptionZh ?? "",
      descriptionEn: i.descriptionEn ?? "",
      price: i.priceCents,
      active: i.active,
      stockTracked: i.stockTracked,
      stockQty: i.stockQty,
      lowStockThreshold: i.lowStockThreshold,
      sortOrder: i.sortOrder,
      availability: parseSchedule(i.availability),
      channelOverrides: parseChannelOverrides(i.channelOverrides),
      optionGroups: i.optionGroups.map((g) => ({
        nameZh: g.nameZh,
        nameEn: g.nameEn,
        minChoices: g.minChoices,
        maxChoices: g.maxChoices,
        options: g.options.map((o) => ({
          nameZh: o.nameZh,
          nameEn: o.nameEn,
          priceDeltaCents: o.priceDeltaCents,
        })),
      })),
    })),
  );
}

async function categoryFor(tx: Tx, storeId: string, row: MenuCsvRow, cache: Map<string, string>) {
  const en = categoryPath(row.categoryEn);
  const zh = categoryPath(row.categoryZh);
  let parentId: string | null = null;
  for (let level = 0; level < en.length; level++) {
    const key = en.slice(0, level + 1).join("/");
    const cached = cache.get(key);
    if (cached) {
      parentId = cached;
      continue;
    }
    const nameEn = en[level] ?? "";
    const found: { id: string } | null = await tx.menuCategory.findFirst({
      where: { storeId, parentId, nameEn },
      select: { id: true },
    });
    const id: string =
      found?.id ??
      (
        await tx.menuCategory.create({
          data: { storeId, parentId, nameEn, nameZh: zh[level] ?? nameEn },
          select: { id: true },
        })
      ).id;
    cache.set(key, id);
    parentId = id;
  }
  return parentId;
}

/**
 * Makes an item's option groups match the file, matching groups and options by English name,
 * so ids (and an option's sold-out state) survive a re-import of the same menu.
 */
async function syncOptionGroups(tx: Tx, itemId: string, groups: MenuCsvRow["optionGroups"]) {
  const existing = await tx.optionGroup.findMany({
    where: { itemId },
    select: { id: true, nameEn: true, options: { select: { id: true, nameEn: true } } },
  });
  const keep = new Set<string>();
  for (const [gi, g] of groups.entries()) {
    const found = existing.find((e) => e.nameEn === g.nameEn && !keep.has(e.id));
    const data = {
      nameZh: g.nameZh,
      nameEn: g.nameEn,
      minChoices: g.minChoices,
      maxChoices: g.maxChoices,
      sortOrder: gi,
    };
    const groupId = found
      ? (await tx.optionGroup.update({ where: { id: found.id }, data, select: { id: true } })).id
      : (await tx.optionGroup.create({ data: { itemId, ...data }, select: { id: true } })).id;
    keep.add(groupId);
    const keepOptions: string[] = [];
    for (const [oi, o] of g.options.entries()) {
      const match = found?.options.find(
        (x) => x.nameEn === o.nameEn && !keepOptions.includes(x.id),
      );
      const od = { ...o, sortOrder: oi };
      const id = match
        ? (await tx.menuOption.update({ where: { id: match.id }, data: od, select: { id: true } }))
            .id
        : (await tx.menuOption.create({ data: { groupId, ...od }, select: { id: true } })).id;
      keepOptions.push(id);
    }
    await tx.menuOption.deleteMany({ where: { groupId, id: { notIn: keepOptions } } });
  }
  await tx.optionGroup.deleteMany({ where: { itemId, id: { notIn: [...keep] } } });
}

export type ImportResult = {
  created: number;
  updated: number;
  skipped: RowError[];
  /** Existing items whose new price reaches the PRICE_CHANGE threshold: queued, old price kept. */
  pendingApproval: number;
};

/**
 * Imports a menu CSV into a store. Items match by category path and English name (update),
 * others are created; option groups are replaced as a whole. Any bad row refuses the whole
 * file with every row's line and message, unless `skipBadRows` is set. Stock set by the file
 * is booked to the ledger as an adjustment. A new price of an existing item that reaches the
 * store's PRICE_CHANGE threshold is queued for approval (old price kept). One transaction.
 */
export async function importMenuCsv(
  db: Db,
  actor: Actor,
  input: ImportMenuInput,
  meta?: RequestMeta,
): Promise<ImportResult> {
  await requireStore(db, actor, input.storeId);
  const { rows, errors } = parseMenuCsv(input.csv);
  if (errors.length > 0 && !input.skipBadRows) {
    const fields: Record<string, string[]> = {};
    for (const e of errors) (fields[`line ${e.line}`] ??= []).push(`${e.field}: ${e.message}`);
    throw new AppError(
      "validation",
      `${errors.length} problem(s) in the file; nothing was imported.`,
      { fields, rows: errors },
    );
  }
  const storeId = input.storeId;
  return db.$transaction(async (tx) => {
    const cache = new Map<string, string>();
    let created = 0;
    let updated = 0;
    let pendingApproval = 0;
    const itemIds: string[] = [];
    for (const row of rows) {
      const categoryId = await categoryFor(tx, storeId, row, cache);
      const data = {
        categoryId,
        nameZh: row.nameZh,
        nameEn: row.nameEn,
        descriptionZh: row.descriptionZh || null,
        descriptionEn: row.descriptionEn || null,
        priceCents: row.price,
        active: row.active,
        stockTracked: row.stockTracked,
        stockQty: row.stockQty,
        lowStockThreshold: row.lowStockThreshold,
        sortOrder: row.sortOrder,
        availability: row.availability ? JSON.stringify(row.availability) : null,
        channelOverrides:
          row.channelOverrides && Object.keys(row.channelOverrides).length > 0
            ? JSON.stringify(row.channelOverrides)
            : null,
      };
      const existing = await tx.menuItem.findFirst({
        where: { storeId, categoryId, nameEn: row.nameEn },
        select: { id: true, storeId: true, nameZh: true, priceCents: true, stockQty: true },
      });
      if (existing && (await holdPriceChange(tx, actor.id, existing, row.price))) {
        data.priceCents = existing.priceCents;
        pendingApproval++;
      }
      const item = existing
        ? await tx.menuItem.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.menuItem.create({ data: { storeId, ...data }, select: { id: true } });
      if (existing) updated++;
      else created++;
      itemIds.push(item.id);
      const stockDelta = (row.stockQty ?? 0) - (existing?.stockQty ?? 0);
      if (row.stockTracked && stockDelta !== 0) {
        await tx.stockMovement.create({
          data: {
            storeId,
            itemId: item.id,
            delta: stockDelta,
            reason: "ADJUST",
            actorId: actor.id,
            note: `CSV import line ${row.line}`,
          },
        });
      }
      await syncOptionGroups(tx, item.id, row.optionGroups);
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "menu.imported",
        entityType: "Store",
        entityId: storeId,
        storeId,
        after: { created, updated, skipped: errors.length, pendingApproval },
      },
      meta,
    );
    await announceMenuChange(tx, { storeId, reason: "imported", itemIds });
    return { created, updated, skipped: input.skipBadRows ? errors : [], pendingApproval };
  });
}
