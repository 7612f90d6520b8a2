import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { signIn } from "./helpers";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const PANELS = ["overview", "peaks", "menu", "delivery", "support", "campaigns", "customers"];

test("every dashboard renders with data", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  for (const panel of PANELS) {
    await page.goto(panel === "overview" ? "/analytics" : `/analytics/${panel}`);
    await expect(page.getByTestId(`analytics-tab-${panel}`)).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByTestId("analytics-filter-error")).toHaveCount(0);
    // At least one chart or table with content, and no "NaN" anywhere.
    await expect(page.locator("section.panel .chart-box").first()).toBeVisible();
    await expect(page.locator("body")).not.toContainText("NaN");
  }
  await page.goto("/analytics");
  await expect(
    page.getByTestId("chart-orders").locator(".recharts-bar-rectangle").first(),
  ).toBeVisible();
});

test("a filter change updates the URL and the charts", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics");
  const before = await page.getByTestId("kpi-orders").locator(".value").textContent();
  await page.getByTestId("analytics-filters").locator("select[name=channel]").selectOption("PHONE");
  await expect(page).toHaveURL(/channel=PHONE/);
  await expect(page.getByTestId("kpi-orders").locator(".value")).not.toHaveText(before ?? "");
  // An inverted range is refused with a clear message, not a crash.
  await page.goto("/analytics?from=2026-02-10&to=2026-01-01");
  await expect(page.getByTestId("analytics-filter-error")).toBeVisible();
});

test("a drill-down from a day lists exactly that day's orders", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics");
  const bar = page.getByTestId("chart-orders").locator(".recharts-bar-rectangle").last();
  await bar.click();
  await expect(page).toHaveURL(/\/analytics\/orders\?.*day=/);
  const day = new URL(page.url()).searchParams.get("day") ?? "";
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const start = new Date(`${day}T00:00:00+08:00`);
    const count = await db.order.count({
      where: { placedAt: { gte: start, lt: new Date(start.getTime() + 86_400_000) } },
    });
    await expect(page.getByTestId("drill-orders")).toHaveAttribute("data-total", String(count));
    const first = await db.order.findFirst({
      where: { placedAt: { gte: start, lt: new Date(start.getTime() + 86_400_000) } },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      select: { code: true },
    });
    await expect(page.getByTestId("drill-order-row").first()).toContainText(first?.code ?? "-");
  } finally {
    await db.$disconnect();
  }
});

test("a store manager only sees their stores, and exports download", async ({ page }) => {
  await signIn(page, "manager@demo.local");
  await page.goto("/analytics");
  const stores = page.getByTestId("analytics-filters").locator("select[name=store] option");
  await expect(stores).toHaveCount(3); // "All" + S01 + S02
  const csv = page.waitForEvent("download");
  await page.getByTestId("chart-orders-csv").click();
  const download = await csv;
  expect(download.suggestedFilename()).toMatch(/^overview-days-.*\.csv$/);
  await page.goto("/analytics/orders");
  const orders = page.waitForEvent("download");
  await page.getByTestId("export-orders").click();
  expect((await orders).suggestedFilename()).toBe("orders.csv");
  await expect(page.getByTestId("export-progress")).toBeVisible();
  // A store outside the manager's scope reads as unknown, also for the export API.
  const response = await page.request.get("/api/analytics/orders?store=not-a-store");
  expect(response.status()).toBe(422);
});
