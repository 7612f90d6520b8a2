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
