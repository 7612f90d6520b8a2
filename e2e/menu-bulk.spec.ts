import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import {
  createE2eCategory,
  createE2eDish,
  deleteE2eCategories,
  menuItemStates,
  retireE2eDish,
  soldOutForAnHour,
} from "./menu-db";

test("bulk edit: select all in a filter, price by % (with a field error), move, disable, enable clears sold-out", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now());
  const a = await createE2eDish("S01", `Bulk A ${stamp}`);
  const b = await createE2eDish("S01", `Bulk B ${stamp}`);
  const cat = await createE2eCategory(a.storeId, `Bulk cat ${stamp}`);
  const ids = [a.itemId, b.itemId];
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu?store=${a.storeId}`);
    // The filter lives in the URL: only this test's two dishes are shown.
    const filter = page.getByTestId("menu-filter");
    await filter.getByLabel("搜索菜品").fill(stamp);
    await filter.getByRole("button", { name: "筛选" }).click();
    await page.waitForURL(new RegExp(`q=${stamp}`));
    const rows = page.getByTestId("menu-item-row");
    await expect(rows).toHaveCount(2);

    const bar = page.getByTestId("bulk-edit");
    const selectAll = async () => {
      await bar.getByRole("button", { name: "全选当前筛选(2 项)" }).click();
      await expect(bar.getByTestId("bulk-selected")).toHaveText("已选 2 项");
    };
    // Nothing selected: a field error, nothing written.
    await bar.getByLabel("调整幅度(%)").fill("10");
    await bar.getByRole("button", { name: "应用" }).click();
    await expect(bar.locator('[data-field="itemIds"]')).toHaveText("请至少选择一个菜品。");

    // −101 % would make prices negative: refused by the shared schema.
    await selectAll();
    await bar.getByLabel("调整幅度(%)").fill("-101");
    await bar.getByRole("button", { name: "应用" }).click();
    await expect(bar.locator('[data-field="edit.percent"]')).toContainText("调价后价格不能为负");
    expect((await menuItemStates(ids)).map((s) => s?.priceCents)).toEqual([2600, 2600]);

    // +10 %: ¥26.00 → ¥28.60 on both, shown in the table.
    await bar.getByLabel("调整幅度(%)").fill("10");
    await bar.getByRole("button", { name: "应用" }).click();
    await expect(bar.getByRole("status")).toHaveText("已修改 2 项(共选 2 项)。");
    await expect(rows.first()).toContainText("28.60");
    await expect
      .poll(async () => (await menuItemStates(ids)).map((s) => s?.priceCents))
      .toEqual([2860, 2860]);

    // Move both into a category.
    await selectAll();
    await bar.getByLabel("操作").selectOption({ label: "移到分类" });
    await bar.getByLabel("目标分类").selectOption({ label: cat.nameZh });
    await bar.getByRole("button", { name: "应用" }).click();
    await expect(bar.getByRole("status")).toHaveText("已修改 2 项(共选 2 项)。");
    await expect
      .poll(async () => (await menuItemStates(ids)).map((s) => s?.categoryId))
      .toEqual([cat.id, cat.id]);

    // Disable both, then enable: enabling also ends A's sold-out.
    await selectAll();
    await bar.getByLabel("操作").selectOption({ label: "下架" });
    await bar.getByRole("button", { name: "应用" }).click();
    await expect(bar.getByRole("status")).toHaveText("已修改 2 项(共选 2 项)。");
    await expect
      .poll(async () => (await menuItemStates(ids)).map((s) => s?.active))
      .toEqual([false, false]);
    await soldOutForAnHour(a.itemId);
    await page.reload();
    const rowA = page.locator(`[data-testid=menu-item-row][data-item-id="${a.itemId}"]`);
    await expect(rowA).toHaveAttribute("data-sold-out", "true");
    await selectAll();
    await bar.getByLabel("操作").selectOption({ label: "上架(并解除售罄)" });
    await bar.getByRole("button", { name: "应用" }).click();
    await expect(bar.getByRole("status")).toHaveText("已修改 2 项(共选 2 项)。");
    await expect(rowA).not.toHaveAttribute("data-sold-out", "true");
    await expect
      .poll(async () => (await menuItemStates(ids)).map((s) => [s?.active, s?.soldOutUntil]))
      .toEqual([
        [true, null],
        [true, null],
      ]);
  } finally {
    await retireE2eDish(a.itemId);
    await retireE2eDish(b.itemId);
    await deleteE2eCategories([cat.id]);
  }
});
