import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { openStoreForIntake } from "./orders-db";
import { countStock, createE2eDish, retireE2eDish } from "./menu-db";

test("an order taking a dish to its low-stock threshold notifies the store's staff live and lists it as needing attention", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const restore = await openStoreForIntake("S01");
  const nameEn = `Low stock ${Date.now()}`;
  const dish = await createE2eDish("S01", nameEn);
  await countStock(dish.itemId, 3, 2);
  try {
    await signIn(page, "staff@demo.local");
    // The toast comes over the console's live event stream: wait until this page's is open.
    await page.goto("/menu");
    await expect(page.getByTestId("low-stock-live")).toHaveAttribute("data-live", "open");
    const placed = await request.post("/api/v1/orders", {
      headers: {
        authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
        "idempotency-key": randomUUID(),
      },
      data: {
        customer: { name: "库存顾客", phone: "13900004444" },
        address: { line: "衡山路 7 号", lat: dish.lat + 0.001, lng: dish.lng + 0.001 },
        items: [{ itemId: dish.itemId, quantity: 1 }],
      },
    });
    expect(placed.status()).toBe(201);

    // The event names the dish as the order line does; the toast is in the reader's language.
    const toast = page.getByTestId("low-stock-alert").filter({ hasText: nameEn });
    await expect(toast).toBeVisible({ timeout: 15_000 });
    await expect(toast).toContainText(`库存不足 ${nameEn} 只剩 2(提醒阈值 2)。`);
    await toast.getByRole("link", { name: "查看待处理" }).click();
    await page.waitForURL(/\/orders\/attention/);
    await expect(page.locator("main")).toContainText(`${dish.nameZh} · 2 / 2`);
  } finally {
    await retireE2eDish(dish.itemId);
    await restore();
  }
});
