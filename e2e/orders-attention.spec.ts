import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { signIn } from "./helpers";
import { placeLiveOrder } from "./orders-db";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** Moves an order's placing time into the past, so it is overdue for acceptance. */
async function backdate(orderId: string, minutes: number): Promise<void> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const placedAt = new Date(Date.now() - minutes * 60_000);
    await db.order.update({
      where: { id: orderId },
      data: { placedAt, promisedAt: new Date(placedAt.getTime() + 40 * 60_000) },
    });
  } finally {
    await db.$disconnect();
  }
}

test("an order left unaccepted is listed, and accepting it there clears it", async ({ page }) => {
  const order = await placeLiveOrder("S01");
  await backdate(order.id, 10);
  await signIn(page, "manager@demo.local");
  await page.goto("/orders");
  await page.getByTestId("attention-link").click();
  await expect(page).toHaveURL(/\/orders\/attention/);
  const list = page.getByTestId("attention-list");
  const item = list.locator(`[data-testid=attention-item][data-code="${order.code}"]`);
  await expect(item).toHaveAttribute("data-kind", "not_accepted");
  await item.getByRole("button", { name: "接单" }).click();
  await expect(item).toHaveCount(0);
});

test("a fresh order is not listed yet", async ({ page }) => {
  const order = await placeLiveOrder("S01");
  await signIn(page, "manager@demo.local");
  await page.goto("/orders/attention");
  await expect(page.getByTestId("attention-list")).toBeVisible();
  await expect(page.locator(`[data-testid=attention-item][data-code="${order.code}"]`)).toHaveCount(
    0,
  );
});
