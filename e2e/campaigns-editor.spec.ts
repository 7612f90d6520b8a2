import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { intakeBody, openStoreForIntake } from "./orders-db";
import { endCampaignsNamed, returningCustomerPhone } from "./campaigns-db";

const PREFIX = "E2E满减";

/** "YYYY-MM-DDTHH:mm" in Asia/Shanghai, `hours` from now. */
function shanghaiInput(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000 + 8 * 3_600_000).toISOString().slice(0, 16);
}

test.afterAll(async () => {
  await endCampaignsNamed(PREFIX);
});

test("a threshold campaign built in the editor discounts an API order, explained on the order", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const name = `${PREFIX} ${randomUUID().slice(0, 6)}`;
  await signIn(page, "marketer@demo.local");
  await page.goto("/campaigns");
  await expect(page.getByTestId("campaign-new")).toHaveAttribute("href", "/campaigns/new");
  await page.goto("/campaigns/new");
  // Typing before hydration would be reset when react-hook-form registers the inputs.
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("campaign-form")).toBeVisible();

  // Live validation from the shared schema: a discount not below its threshold is refused.
  await page.getByTestId("campaign-name").fill(name);
  await page.getByTestId("tier-0-min").fill("20");
  await page.getByTestId("tier-0-off").fill("25");
  await expect(page.locator('[data-field="rules.tiers.0.discountCents"]')).toBeVisible();
  await page.getByTestId("tier-0-off").fill("7");
  await expect(page.locator('[data-field="rules.tiers.0.discountCents"]')).toHaveCount(0);

  await page.getByTestId("campaign-starts").fill(shanghaiInput(-1));
  await page.getByTestId("campaign-ends").fill(shanghaiInput(48));
  await page.getByTestId("campaign-budget").fill("100");
  await page.getByLabel(/S07/).check();

  // The preview runs the engine on sample carts: ¥45 spends past ¥20 and saves ¥7.
  const preview = page.getByTestId("preview-4500");
  await expect(preview.locator('[data-code="THRESHOLD_TIER"]')).toContainText("7.00");
  // ¥45 − ¥7 + the sample ¥5 delivery and ¥1 packaging.
  await expect(preview).toContainText("44.00");
  await page.getByTestId("campaign-save").click();
  await expect(page).toHaveURL(/\/campaigns\/[^/]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("campaign-status")).toContainText("草稿");

  await page.getByTestId("campaign-publish").click();
  const confirm = page.getByTestId("campaign-publish-confirm");
  const status = page.getByTestId("campaign-status");
  await expect(confirm.or(status.filter({ hasText: "进行中" }))).toBeVisible({ timeout: 15_000 });
  if (await confirm.isVisible()) await confirm.click();
  await expect(status).toContainText("进行中", { timeout: 15_000 });

  const restore = await openStoreForIntake("S07");
  try {
    const body = await intakeBody("S07");
    body.customer.phone = await returningCustomerPhone();
    const response = await page.request.post("/api/v1/orders", {
      headers: {
        authorization: `Bearer ${demoApiKey(42, "S07", "STOREFRONT")}`,
        "idempotency-key": randomUUID(),
      },
      data: body,
    });
    const placed = (await response.json()) as {
      id?: string;
      discountCents?: number;
      detail?: string;
    };
    expect(response.status(), placed.detail).toBe(201);
    expect(placed.discountCents).toBe(700);

    // Marketers do not see orders: a supervisor opens the order detail.
    await page.context().clearCookies();
    await signIn(page, "supervisor@demo.local");
    await page.goto(`/orders?order=${placed.id ?? ""}`);
    const explanation = page.getByTestId("order-drawer").getByTestId("pricing-explanation");
    await expect(explanation.locator('[data-code="THRESHOLD_TIER"]')).toContainText(
      "满¥20.00减¥7.00",
    );
    await expect(explanation).toContainText(name);
  } finally {
    await restore();
  }
});
