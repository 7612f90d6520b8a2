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
