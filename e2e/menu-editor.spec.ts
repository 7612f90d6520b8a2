import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { retireE2eDish, storeIdOf } from "./menu-db";

// A 1×1 PNG: the upload route checks the magic bytes, not the file name.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("create a dish with an option group and a photo, edit its price, see it on order entry; reorder a category", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const storeId = await storeIdOf("S01");
  const stamp = Date.now();
  const nameEn = `Editor dish ${stamp}`;
  const nameZh = `编辑测试菜${stamp}`;
  let itemId: string | null = null;
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu/items/new?store=${storeId}`);
    const form = page.getByTestId("item-editor");
    await form.locator('input[name="nameZh"]').fill(nameZh);
    await form.locator('input[name="nameEn"]').fill(nameEn);
    await form.locator('input[name="price"]').fill("26.5");
    await form.getByRole("button", { name: "添加规格组" }).click();
    const group = form.getByTestId("option-group");
    await group.getByLabel("组名(中)").fill("加料");
    await group.getByLabel("组名(英)").fill("Add-ons");
    // Impossible min/max: a field error from the shared schema, nothing saved.
    await group.getByLabel("最少选").fill("3");
    await group.getByLabel("最多选", { exact: true }).fill("2");
    await group.getByTestId("option-row").getByLabel("中文名称").fill("加蛋");
    await group.getByTestId("option-row").getByLabel("英文名称").fill("Egg");
    await group.getByTestId("option-row").getByLabel("加价(元)").fill("2");
    await form.getByTestId("item-save").click();
    await expect(form.locator('[data-field="optionGroups.0.minChoices"]')).toContainText(
      "最少选择数不能大于最多选择数",
    );
    await group.getByLabel("最少选").fill("0");
    await group.getByLabel("最多选", { exact: true }).fill("1");
    // A non-image is refused by its bytes; the PNG is accepted and previewed.
    await form.getByTestId("photo-input").setInputFiles({
      name: "fake.png",
      mimeType: "image/png",
      buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"),
    });
    await expect(form.locator('[data-field="photoId"]')).toContainText("只支持");
    await form.getByTestId("photo-input").setInputFiles({
      name: "dish.png",
      mimeType: "image/png",
      buffer: PNG,
    });
    await expect(form.getByTestId("photo-preview")).toBeVisible();
    await form.getByTestId("item-save").click();
    await page.waitForURL(/\/menu\/items\/(?!new\?)[^/?]+\?store=/);
    itemId = new URL(page.url()).pathname.split("/").pop() ?? null;
    expect(itemId).toBeTruthy();

    // Edit the price.
    const edit = page.getByTestId("item-editor");
    await expect(edit.locator('input[name="price"]')).toHaveValue("26.5");
    await edit.locator('input[name="price"]').fill("29");
    await edit.getByTestId("item-save").click();
    await expect(edit.getByTestId("item-editor-message")).toContainText("已保存");

    await page.goto(`/menu?store=${storeId}`);
    const row = page.locator(`[data-testid=menu-item-row][data-item-id="${itemId}"]`);
    await expect(row).toContainText("29");
    await expect(row.getByTestId("item-photo")).toBeVisible();

    // On the phone order form: listed with its price, option group and photo.
    await page.goto("/orders/new");
    const entry = page.getByTestId("phone-order-form");
    const storeSelect = entry.locator('select[name="storeId"]');
    const s01 = await storeSelect.locator("option", { hasText: "S01 ·" }).getAttribute("value");
    await storeSelect.selectOption(s01 ?? "");
    const picker = entry.getByLabel("选择菜品");
    await expect(picker.locator(`option[value="${itemId}"]`)).toContainText("29");
    await picker.selectOption(itemId ?? "");
    await entry.getByRole("button", { name: "添加菜品", exact: true }).click();
    const line = entry.getByTestId("entry-line").filter({ hasText: nameZh });
    await expect(line.getByTestId("entry-photo")).toBeVisible();
    await expect(line).toContainText("加蛋");

    // Reorder: the last top-level category moves up one place.
    await page.goto(`/menu?store=${storeId}`);
    const panel = page.getByTestId("categories-panel");
    const ids = () =>
      panel
        .locator('[data-testid=category-row][data-depth="0"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-category-id")));
    const before = await ids();
    const last = before.at(-1) ?? "";
    const lastRow = panel.locator(`[data-category-id="${last}"]`);
    await lastRow.getByRole("button", { name: /^上移/ }).click();
    await expect.poll(async () => (await ids()).indexOf(last)).toBeLessThan(before.indexOf(last));
    // Put it back so other specs see the seeded order.
    await panel
      .locator(`[data-category-id="${last}"]`)
      .getByRole("button", { name: /^下移/ })
      .click();
    await expect.poll(async () => (await ids()).indexOf(last)).toBe(before.indexOf(last));
  } finally {
    if (itemId) await retireE2eDish(itemId);
  }
});
