import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { intakeBody, openStoreForIntake } from "./orders-db";

test("a manager takes a phone order for S01 and it appears on the board", async ({ page }) => {
  const restore = await openStoreForIntake("S01");
  try {
    const body = await intakeBody("S01");
    const line = body.items[0];
    if (!line) throw new Error("no orderable item in S01");
    await signIn(page, "manager@demo.local");
    await page.goto("/orders");
    await page.getByTestId("new-order-link").click();
    await expect(page).toHaveURL(/\/orders\/new$/);
    const form = page.getByTestId("phone-order-form");
    const storeSelect = form.locator('select[name="storeId"]');
    const s01 = await storeSelect.locator("option", { hasText: "S01 ·" }).getAttribute("value");
    await storeSelect.selectOption(s01 ?? "");
    await form.locator('input[name="name"]').fill("电话顾客");
    await form.locator('input[name="phone"]').fill("13900003333");
    await form.locator('input[name="addressLine"]').fill("衡山路 5 号");
    await form.locator('input[name="lat"]').fill(String(body.address.lat));
    await form.locator('input[name="lng"]').fill(String(body.address.lng));
    await form.getByLabel("选择菜品").selectOption(line.itemId);
    await form.getByRole("button", { name: "添加菜品" }).click();
    await form.getByLabel("第 1 行数量").fill(String(line.quantity));
    await form.getByRole("button", { name: "下单" }).click();
    const created = form.getByTestId("entry-created");
    await expect(created).toBeVisible();
    const code = /S01-[0-9A-Z]{7}/.exec((await created.textContent()) ?? "")?.[0];
    expect(code).toBeTruthy();

    await page.goto("/orders");
    await expect(
      page.locator(`[data-testid=column-PLACED] [data-testid=order-card][data-code="${code}"]`),
    ).toBeVisible();
  } finally {
    await restore();
  }
});
