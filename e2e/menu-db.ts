import { createPrismaClient } from "@/lib/platform/db-client";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** Adds an orderable dish of its own to a seeded store, so the menu specs touch no seeded item. */
export async function createE2eDish(storeCode: string, nameEn: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const item = await db.menuItem.create({
      data: {
        storeId: store.id,
        nameZh: `测试菜${nameEn}`,
        nameEn,
        priceCents: 2600,
        sortOrder: -1,
      },
      select: { id: true, nameZh: true },
    });
    return {
      storeId: store.id,
      itemId: item.id,
      nameZh: item.nameZh,
      lat: store.lat,
      lng: store.lng,
    };
  } finally {
    await db.$disconnect();
  }
}

/** Takes a test dish off the menu for good, so later specs never pick it. */
export async function retireE2eDish(itemId: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    await db.menuItem.update({
      where: { id: itemId },
      data: { active: false, soldOutUntil: null },
    });
  } finally {
    await db.$disconnect();
  }
}

export async function storeIdOf(code: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return (await db.store.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
  } finally {
    await db.$disconnect();
  }
}

/** Runs `fn` with a client on the e2e database. */
async function withDb<T>(fn: (db: ReturnType<typeof createPrismaClient>) => Promise<T>) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

/** What the bulk-edit spec checks of its own dishes, in the order asked. */
export function menuItemStates(ids: string[]) {
  return withDb(async (db) => {
    const rows = await db.menuItem.findMany({
      where: { id: { in: ids } },
      select: { id: true, priceCents: true, active: true, categoryId: true, soldOutUntil: true },
    });
    return ids.map((id) => rows.find((r) => r.id === id));
  });
}

/** Marks a test dish sold out for an hour (as the "86" button would). */
export function soldOutForAnHour(itemId: string) {
  return withDb((db) =>
    db.menuItem.update({
      where: { id: itemId },
      data: { soldOutUntil: new Date(Date.now() + 3_600_000) },
    }),
  );
}

/** A category of its own in a seeded store, placed last. */
export function createE2eCategory(storeId: string, nameEn: string) {
  return withDb(async (db) => {
    const last = await db.menuCategory.aggregate({
      where: { storeId, parentId: null },
      _max: { sortOrder: true },
    });
    return db.menuCategory.create({
      data: {
        storeId,
        nameZh: `测试分类${nameEn}`,
        nameEn,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: { id: true, nameZh: true },
    });
  });
}

/** Puts a test dish into a category (or none). */
export function placeDish(itemId: string, categoryId: string | null) {
  return withDb((db) => db.menuItem.update({ where: { id: itemId }, data: { categoryId } }));
}

/** Removes test categories (their dishes fall back to "uncategorized" and are retired apart). */
export function deleteE2eCategories(ids: string[]) {
  return withDb(async (db) => {
    await db.menuItem.updateMany({
      where: { categoryId: { in: ids } },
      data: { categoryId: null },
    });
    await db.menuCategory.deleteMany({ where: { id: { in: ids } } });
  });
}

/** A counted test dish near its low-stock threshold (one more order crosses it). */
export function countStock(itemId: string, stockQty: number, lowStockThreshold: number) {
  return withDb((db) =>
    db.menuItem.update({
      where: { id: itemId },
      data: { stockTracked: true, stockQty, lowStockThreshold },
    }),
  );
}

/** A supplier, an ingredient bought from it and a draft purchase order of 10 units at ¥5. */
export function createE2ePurchaseOrder(storeCode: string, stamp: string) {
  return withDb(async (db) => {
    const store = await db.store.findUniqueOrThrow({ where: { code: storeCode } });
    const supplier = await db.supplier.create({
      data: { storeId: store.id, name: `E2E 供应商 ${stamp}`, leadTimeDays: 2 },
    });
    const ingredient = await db.ingredient.create({
      data: {
        storeId: store.id,
        name: `E2E 原料 ${stamp}`,
        unit: "kg",
        stockQty: 1,
        costCents: 500,
        supplierId: supplier.id,
      },
    });
    const po = await db.purchaseOrder.create({
      data: {
        storeId: store.id,
        supplierId: supplier.id,
        totalCents: 5000,
        lines: { create: [{ ingredientId: ingredient.id, quantity: 10, unitCostCents: 500 }] },
      },
    });
    return { storeId: store.id, supplierId: supplier.id, ingredientId: ingredient.id, poId: po.id };
  });
}

/** The purchase order's status and its ingredient's stock and RECEIVE ledger rows. */
export function purchaseOrderState(poId: string, ingredientId: string) {
  return withDb(async (db) => {
    const [po, ingredient, received] = await Promise.all([
      db.purchaseOrder.findUniqueOrThrow({ where: { id: poId }, select: { status: true } }),
      db.ingredient.findUniqueOrThrow({ where: { id: ingredientId }, select: { stockQty: true } }),
      db.stockMovement.findMany({
        where: { ingredientId, reason: "RECEIVE" },
        select: { delta: true },
        orderBy: { createdAt: "asc" },
      }),
    ]);
    return {
      status: po.status,
      stockQty: ingredient.stockQty,
      received: received.map((r) => r.delta),
    };
  });
}

/** A supplier by its (unique test) name, with its linked ingredient ids. */
export function supplierNamed(name: string) {
  return withDb((db) =>
    db.supplier.findFirst({
      where: { name },
      select: {
        id: true,
        contactName: true,
        phone: true,
        leadTimeDays: true,
        ingredients: { select: { id: true } },
      },
    }),
  );
}

/** Removes test suppliers with their purchase orders and test ingredients. */
export function deleteE2eSupply(supplierIds: string[], ingredientIds: string[] = []) {
  return withDb(async (db) => {
    await db.purchaseOrder.deleteMany({ where: { supplierId: { in: supplierIds } } });
    await db.stockMovement.deleteMany({ where: { ingredientId: { in: ingredientIds } } });
    await db.ingredient.deleteMany({ where: { id: { in: ingredientIds } } });
    await db.ingredient.updateMany({
      where: { supplierId: { in: supplierIds } },
      data: { supplierId: null },
    });
    await db.supplier.deleteMany({ where: { id: { in: supplierIds } } });
  });
}
