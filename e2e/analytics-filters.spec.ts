import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Zone and channel filters reach every panel: the menu, customers and delivery dashboards
// (dish, customer-week and courier rollups have zone and channel grouping sets).

const filters = (page: Page) => page.getByTestId("analytics-filters");

async function pickZone(page: Page): Promise<string> {
  const value = await filters(page)
    .locator("select[name=zone] option")
    .nth(1)
    .getAttribute("value");
  expect(value).toBeTruthy();
  await filters(page)
    .locator("select[name=zone]")
    .selectOption(value ?? "");
  return value ?? "";
}

async function textOf(locator: Locator): Promise<string> {
  await expect(locator).toBeVisible();
  return (await locator.textContent()) ?? "";
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
});

test("menu: a zone change, then a channel change, update the dish figures and the URL", async ({
  page,
}) => {
  await page.goto("/analytics/menu");
  const qty = page.getByTestId("kpi-qty").locator(".value");
  const top = page.getByTestId("chart-top-dishes");
  const all = await textOf(qty);
  const zone = await pickZone(page);
  await expect(page).toHaveURL(new RegExp(`zone=${zone}`));
  await expect(qty).not.toHaveText(all);
  const inZone = await textOf(qty);
  await expect(top).toBeVisible();
  await filters(page).locator("select[name=channel]").selectOption("PHONE");
  await expect(page).toHaveURL(/channel=PHONE/);
  await expect(page).toHaveURL(new RegExp(`zone=${zone}`));
  await expect(qty).not.toHaveText(inZone);
  await expect(page.getByTestId("analytics-not-split")).toHaveCount(0);
});

test("customers: a channel change and a zone change update active customers and the URL", async ({
  page,
}) => {
  await page.goto("/analytics/customers");
  const active = page.getByTestId("kpi-active").locator(".value");
  const all = await textOf(active);
  await filters(page).locator("select[name=channel]").selectOption("PHONE");
  await expect(page).toHaveURL(/channel=PHONE/);
  await expect(active).not.toHaveText(all);
  await page.goto("/analytics/customers");
  await expect(active).toHaveText(all);
  const zone = await pickZone(page);
  await expect(page).toHaveURL(new RegExp(`zone=${zone}`));
  await expect(active).not.toHaveText(all);
  await expect(page.getByTestId("chart-cohorts")).toBeVisible();
});

test("delivery: the courier table follows a channel change and a zone change", async ({ page }) => {
  await page.goto("/analytics/delivery");
  const couriers = page.getByTestId("table-couriers");
  const all = await textOf(couriers);
  await filters(page).locator("select[name=channel]").selectOption("PHONE");
  await expect(page).toHaveURL(/channel=PHONE/);
  await expect(couriers).not.toHaveText(all);
  await page.goto("/analytics/delivery");
  await expect(couriers).toHaveText(all);
  const zone = await pickZone(page);
  await expect(page).toHaveURL(new RegExp(`zone=${zone}`));
  await expect(couriers).not.toHaveText(all);
});
