import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { openStoreForIntake } from "./orders-db";
import { createE2eDish, retireE2eDish } from "./menu-db";

test("marking a dish sold out makes the intake API refuse it and greys it on order entry", async ({
  page,
  request,
}) => {
  const restore = await openStoreForIntake("S01");
  const dish = await createE2eDish("S01", `Sold-out check ${Date.now()}`);
  try {
    const order = () =>
      request.post("/api/v1/orders", {
        headers: {
          authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
          // The intake requires one per request (a retry reuses it).
          "idempotency-key": randomUUID(),
        },
        data: {
          customer: { name: "接口顾客", phone: "13900002222" },
          address: { line: "衡山路 3 号", lat: dish.lat + 0.001, lng: dish.lng + 0.001 },
          items: [{ itemId: dish.itemId, quantity: 1 }],
        },
      });
    // Orderable before: the same request the sold-out must refuse.
    expect((await order()).status()).toBe(201);

    await signIn(page, "manager@demo.local");
    await page.goto(`/menu?store=${dish.storeId}`);
    const row = page.locator(`[data-testid=menu-item-row][data-item-id="${dish.itemId}"]`);
    await expect(row).not.toHaveAttribute("data-sold-out", "true");
    await row.getByRole("button", { name: `标记售罄 ${dish.nameZh}` }).click();
    await row.getByRole("button", { name: "立即售罄" }).click();
    await expect(row).toHaveAttribute("data-sold-out", "true");
    await expect(row.getByRole("button", { name: "恢复售卖" })).toBeVisible();

    const refused = await order();
    expect(refused.status()).toBe(422);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    expect(JSON.stringify(await refused.json())).toContain("not available");

    await page.goto("/orders/new");
    const form = page.getByTestId("phone-order-form");
    const storeSelect = form.locator('select[name="storeId"]');
    const s01 = await storeSelect.locator("option", { hasText: "S01 ·" }).getAttribute("value");
    await storeSelect.selectOption(s01 ?? "");
    const option = form.getByLabel("选择菜品").locator(`option[value="${dish.itemId}"]`);
    await expect(option).toBeDisabled();
    await expect(option).toHaveAttribute("data-sold-out", "true");
    await expect(option).toContainText("已售罄");

    // Back on sale: intake accepts it again and the form offers it.
    await page.goto(`/menu?store=${dish.storeId}`);
    await row.getByRole("button", { name: "恢复售卖" }).click();
    await expect(row).not.toHaveAttribute("data-sold-out", "true");
    expect((await order()).status()).toBe(201);
  } finally {
    await retireE2eDish(dish.itemId);
    await restore();
  }
});
