import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the menu dashboard shows the weekly dish rating trend, drills to the rated orders and exports it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics/menu");
  const panel = page.getByTestId("chart-dish-rating-trend");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("菜品评分趋势");
  const rows = panel.getByTestId("rating-trend-row");
  // The best and the worst rated dishes (up to three each).
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  expect(await rows.count()).toBeLessThanOrEqual(6);
  await expect(rows.first()).toContainText("最高");
  await expect(rows.last()).toContainText("最低");
  await expect(panel).not.toContainText("NaN");

  // A dish chosen in the picker: only its line.
  const firstItem = (await rows.first().getAttribute("data-item")) ?? "";
  await panel.getByTestId("rating-trend-dish").selectOption(firstItem);
  await panel.getByRole("button", { name: "显示" }).click();
  await expect(page).toHaveURL(new RegExp(`dish=${firstItem}`));
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-item", firstItem);
  await expect(rows.first()).toContainText("所选");

  // A week's figure lists exactly the orders that rated the dish in that week.
  const cell = rows.first().locator("a[data-count]").last();
  const count = (await cell.getAttribute("data-count")) ?? "";
  expect(Number(count)).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/\/analytics\/orders\?.*rated=1/);
  expect(new URL(page.url()).searchParams.get("item")).toBe(firstItem);
  await expect(page.getByTestId("drill-orders")).toHaveAttribute("data-total", count);

  // CSV: every rated dish's weekly rows.
  await page.goto("/analytics/menu");
  const href = (await panel.getByTestId("chart-dish-rating-trend-csv").getAttribute("href")) ?? "";
  const csv = await page.request.get(href);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toBe("week,from,to,itemId,nameZh,nameEn,avg,count");
  expect(lines.length).toBeGreaterThan(1);
});

test("an empty period says no data in the rating trend, never NaN", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics/menu?from=2020-01-01&to=2020-01-14");
  const panel = page.getByTestId("chart-dish-rating-trend");
  await expect(panel).toContainText("暂无数据");
  await expect(panel.getByTestId("rating-trend-row")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("NaN");
});
