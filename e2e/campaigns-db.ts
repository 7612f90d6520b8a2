import { createPrismaClient } from "@/lib/platform/db-client";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** The phone of a seeded customer with earlier orders (so new-customer offers do not apply). */
export async function returningCustomerPhone(): Promise<string> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const order = await db.order.findFirstOrThrow({
      where: { customerId: { not: null }, status: "DELIVERED" },
      select: { customer: { select: { phone: true } } },
      orderBy: { placedAt: "asc" },
    });
    if (!order.customer) throw new Error("seeded order without customer");
    return order.customer.phone;
  } finally {
    await db.$disconnect();
  }
}

/** Ends the campaigns an e2e test created, so later specs price orders as seeded. */
export async function endCampaignsNamed(prefix: string): Promise<void> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    await db.campaign.updateMany({
      where: { name: { startsWith: prefix } },
      data: { status: "ENDED" },
    });
  } finally {
    await db.$disconnect();
  }
}

/** The menu category and price of an item, to target it from the editor. */
export async function itemFacts(
  itemId: string,
): Promise<{ categoryId: string; priceCents: number }> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const item = await db.menuItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { categoryId: true, priceCents: true },
    });
    if (!item.categoryId) throw new Error("seeded item without category");
    return { categoryId: item.categoryId, priceCents: item.priceCents };
  } finally {
    await db.$disconnect();
  }
}

/** The campaign discounts an order got, by campaign name. */
export async function orderRedemptions(
  orderId: string,
): Promise<{ name: string; discountCents: number }[]> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const rows = await db.redemption.findMany({
      where: { orderId },
      select: { discountCents: true, campaign: { select: { name: true } } },
    });
    return rows.map((r) => ({ name: r.campaign.name, discountCents: r.discountCents }));
  } finally {
    await db.$disconnect();
  }
}
