import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { intakeBody, openStoreForIntake } from "./orders-db";
import {
  endCampaignsNamed,
  itemFacts,
  orderRedemptions,
  returningCustomerPhone,
} from "./campaigns-db";

const PREFIX = "E2E秒杀";
const WEEKDAYS_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const SHANGHAI_MS = 8 * 3_600_000;

/** Asia/Shanghai wall clock `minutes` from now: "YYYY-MM-DDTHH:mm", its "HH:mm" and weekday. */
function shanghai(minutes: number) {
  const local = new Date(Date.now() + minutes * 60_000 + SHANGHAI_MS);
  const iso = local.toISOString();
  return { input: iso.slice(0, 16), clock: iso.slice(11, 16), weekday: local.getUTCDay() };
}

test.afterAll(async () => {
  await endCampaignsNamed(PREFIX);
});

test("a flash sale on a category with hours, built in the editor, discounts an API order and charts it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const name = `${PREFIX} ${randomUUID().slice(0, 6)}`;
  const body = await intakeBody("S07");
  // A returning customer, so the seeded exclusive new-customer offer does not take the order.
  body.customer.phone = await returningCustomerPhone();
  const ordered = body.items[0];
  if (!ordered) throw new Error("intake body without items");
  const item = await itemFacts(ordered.itemId);
  // Half price on at most 2 of the 4 units ordered.
  const expected = 2 * Math.floor((item.priceCents * 50) / 100);

  await signIn(page, "marketer@demo.local");
  await page.goto("/campaigns/new");
  // Typing before hydration would be reset when react-hook-form registers the inputs.
  await page.waitForLoadState("networkidle");
  await page.getByTestId("campaign-name").fill(name);
  await page.getByTestId("campaign-type").selectOption("FLASH_SALE");
  await page.getByTestId("campaign-starts").fill(shanghai(-60).input);
  await page.getByTestId("campaign-ends").fill(shanghai(48 * 60).input);
  await page.getByTestId("campaign-budget").fill("200");
  await page.getByTestId("campaign-limit").fill("20");
  await page.getByLabel(/S07/).check();

  // Live field errors from the shared schema: a sale price over 100 %, hours that end as they start.
  await page.getByTestId("rule-sale-percent").fill("120");
  await expect(page.locator('[data-field="rules.pricePercent"]')).toBeVisible();
  await page.getByTestId("rule-sale-percent").fill("50");
  await expect(page.locator('[data-field="rules.pricePercent"]')).toHaveCount(0);
  await page.getByTestId("rule-max-per-order").fill("2");

  const from = shanghai(-60).clock;
  await page.getByTestId("campaign-hours-from").fill(from);
  await page.getByTestId("campaign-hours-to").fill(from);
  await expect(page.locator('[data-field="rules.hours.to"]')).toBeVisible();
  await page.getByTestId("campaign-hours-to").fill(shanghai(120).clock);
  await expect(page.locator('[data-field="rules.hours.to"]')).toHaveCount(0);
  await page
    .getByTestId("campaign-days")
    .getByLabel(WEEKDAYS_ZH[shanghai(0).weekday] ?? "", { exact: true })
    .check();

  // Target the category of the item the API order will buy.
  await page
    .getByTestId("targets-S07")
    .locator(`input[name="rules.categoryIds"][value="${item.categoryId}"]`)
    .check();

  // The preview builds its carts from the targeted category and shows the flash-sale line.
  const firstCart = page.getByTestId("campaign-preview").locator('[data-sample="0"]');
  await expect(firstCart.locator('[data-code="FLASH_SALE"]')).toBeVisible();
  await expect(page.getByTestId("campaign-cost-split")).toContainText("50%");

  await page.getByTestId("campaign-save").click();
  // The saved campaign's own page (not /campaigns/new, which the pattern would match at once).
  await expect(page).toHaveURL(/\/campaigns\/(?!new$)[^/]+$/, { timeout: 15_000 });
  const campaignUrl = page.url();
  const campaignId = campaignUrl.split("/").pop() ?? "";
  await expect(page.getByTestId("campaign-status")).toContainText("草稿");
  // Saved terms come back into the form.
  await expect(page.getByTestId("campaign-hours-from")).toHaveValue(from);

  await page.getByTestId("campaign-publish").click();
  const confirm = page.getByTestId("campaign-publish-confirm");
  const status = page.getByTestId("campaign-status");
  await expect(confirm.or(status.filter({ hasText: "进行中" }))).toBeVisible({ timeout: 15_000 });
  if (await confirm.isVisible()) await confirm.click();
  await expect(status).toContainText("进行中", { timeout: 15_000 });

  const restore = await openStoreForIntake("S07");
  let placed: { id?: string; code?: string; detail?: string } = {};
  try {
    const response = await page.request.post("/api/v1/orders", {
      headers: {
        authorization: `Bearer ${demoApiKey(42, "S07", "STOREFRONT")}`,
        "idempotency-key": randomUUID(),
      },
      data: body,
    });
    placed = (await response.json()) as typeof placed;
    expect(response.status(), placed.detail).toBe(201);
  } finally {
    await restore();
  }
  expect(await orderRedemptions(placed.id ?? "")).toContainEqual({
    name,
    discountCents: expected,
  });

  // The results chart of the campaign shows the day, with links into analytics filtered to it.
  await page.goto(campaignUrl);
  const results = page.getByTestId("campaign-results");
  await expect(
    results.getByTestId("campaign-chart-cost").locator(".recharts-wrapper"),
  ).toBeVisible();
  await expect(
    results.getByTestId("campaign-chart-revenue").locator(".recharts-wrapper"),
  ).toBeVisible();
  await expect(results.getByTestId("campaign-lift-words")).not.toBeEmpty();
  await expect(results.getByTestId("campaign-analytics-link")).toHaveAttribute(
    "href",
    /^\/analytics\/campaigns\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&store=/,
  );
  await results.getByTestId("campaign-analytics-orders").click();
  await expect(page).toHaveURL(new RegExp(`campaign=${campaignId}`));
  await expect(page.getByTestId("drill-orders")).toContainText(placed.code ?? "missing");
});
