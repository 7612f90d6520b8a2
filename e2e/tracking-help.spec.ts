import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { signIn } from "./helpers";
import { placeLiveOrder } from "./orders-db";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

// Moves one of this spec's own orders straight to delivered, as the courier app would have.
async function markDelivered(orderId: string): Promise<void> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const now = new Date();
    await db.order.update({
      where: { id: orderId },
      data: { status: "DELIVERED", acceptedAt: now, pickedUpAt: now, deliveredAt: now },
    });
  } finally {
    await db.$disconnect();
  }
}

test("a customer asks for help and a support agent sees the ticket", async ({ browser }) => {
  const order = await placeLiveOrder();
  const customer = await browser.newPage();
  await customer.goto(`/track/${order.trackingToken}`);
  await customer.getByTestId("help-open").click();
  await customer.getByTestId("help-reason").selectOption("missing_item");
  await customer.getByTestId("help-message").fill("少了一份饮料");
  await customer.getByTestId("help-form").locator('button[type="submit"]').click();
  const sent = customer.getByTestId("help-sent");
  await expect(sent).toBeVisible();
  const ticketCode = /T\d+/.exec((await sent.textContent()) ?? "")?.[0] ?? "";
  expect(ticketCode).not.toBe("");

  const agent = await browser.newPage();
  await signIn(agent, "support@demo.local");
  await agent.goto("/support?status=OPEN");
  const row = agent.locator("tr", { hasText: ticketCode });
  await expect(row).toBeVisible();
  await expect(row).toContainText(order.code);
});

test("a delivered order can be rated once", async ({ page }) => {
  const order = await placeLiveOrder();
  await page.goto(`/track/${order.trackingToken}`);
  await expect(page.getByTestId("rating-form")).toHaveCount(0);

  await markDelivered(order.id);
  await page.reload();
  await page.getByTestId("rating-star-4").click();
  await page.getByTestId("rating-form").locator('button[type="submit"]').click();
  await expect(page.getByTestId("rating-done")).toContainText("★★★★");

  await page.reload();
  await expect(page.getByTestId("rating-done")).toBeVisible();
  await expect(page.getByTestId("rating-form")).toHaveCount(0);
  const again = await page.request.post(`/track/${order.trackingToken}/rating`, {
    data: { rating: 1 },
  });
  expect(again.status()).toBe(409);
});
