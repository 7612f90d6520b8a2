import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { signIn } from "./helpers";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const PANELS = ["overview", "peaks", "menu", "delivery", "support", "campaigns", "customers"];

async function withDb<T>(fn: (db: ReturnType<typeof createPrismaClient>) => Promise<T>) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

test("an empty period says no data on every dashboard, never NaN", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  for (const panel of PANELS) {
    const path = panel === "overview" ? "/analytics" : `/analytics/${panel}`;
    await page.goto(`${path}?from=2020-01-01&to=2020-01-31`);
    await expect(page.getByTestId("analytics-filter-error")).toHaveCount(0);
    await expect(page.locator("p.empty").first()).toBeVisible();
    // "Today vs typical day" is live: it shows today whatever period is chosen.
    await expect(
      page.locator("section.panel:not([data-testid=chart-today]) .chart-box"),
    ).toHaveCount(0);
    await expect(page.locator("body")).not.toContainText("NaN");
    await expect(page.locator("body")).not.toContainText("Infinity");
  }
});

test("a store manager's exports hold only their stores; others' stores are refused", async ({
  page,
}) => {
  await signIn(page, "manager@demo.local");
  const csv = await page.request.get("/api/analytics/orders");
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]?.split(",")[2]).toBe("store");
  const stores = new Set(lines.slice(1).map((l) => l.split(",")[2]));
  expect(lines.length - 1).toBe(Number(csv.headers()["x-total-count"]));
  expect(lines.length).toBeGreaterThan(1);
  expect([...stores].sort()).toEqual(["S01", "S02"]);
  const s03 = await withDb((db) => db.store.findUniqueOrThrow({ where: { code: "S03" } }));
  for (const url of [
    `/api/analytics/orders?store=${s03.id}`,
    `/api/analytics/export/overview?store=${s03.id}`,
  ]) {
    const refused = await page.request.get(url);
    expect(refused.status()).toBe(422);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
  }
  const inverted = await page.request.get(
    "/api/analytics/export/menu?from=2026-02-10&to=2026-01-01",
  );
  expect(inverted.status()).toBe(422);
});

test("the daily store report is a printable page of the chosen store", async ({ page }) => {
  await signIn(page, "manager@demo.local");
  await page.goto("/analytics/report");
  await expect(page.getByTestId("report-error")).toBeVisible();
  const s01 = await withDb((db) => db.store.findUniqueOrThrow({ where: { code: "S01" } }));
  await page.goto(`/analytics/report?store=${s01.id}`);
  const report = page.getByTestId("daily-report");
  await expect(report).toBeVisible();
  await expect(page.locator("h1")).toContainText("S01");
  await expect(report.locator("tr").first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText("NaN");
  await expect(page.getByRole("button", { name: /打印|Print/ })).toBeVisible();
});

test("a drill-down from the tickets chart lists exactly that day's tickets", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics/support");
  await page.getByTestId("chart-tickets").locator(".recharts-bar-rectangle").last().click();
  await expect(page).toHaveURL(/\/analytics\/tickets\?.*day=/);
  const day = new URL(page.url()).searchParams.get("day") ?? "";
  const start = new Date(`${day}T00:00:00+08:00`);
  const count = await withDb((db) =>
    db.ticket.count({
      where: {
        mergedIntoId: null,
        createdAt: { gte: start, lt: new Date(start.getTime() + 86_400_000) },
      },
    }),
  );
  await expect(page.getByTestId("drill-tickets")).toHaveAttribute("data-total", String(count));
});

test("every dashboard honours a zone filter: no 'not split' note any more", async ({ page }) => {
  await signIn(page, "supervisor@demo.local");
  const zone = await withDb((db) => db.zone.findFirstOrThrow({ where: { active: true } }));
  for (const panel of ["menu", "campaigns", "customers", "delivery"]) {
    await page.goto(`/analytics/${panel}?zone=${zone.id}&channel=MEITUAN`);
    await expect(page.getByTestId(`analytics-tab-${panel}`)).toBeVisible();
    await expect(page.getByTestId("analytics-not-split")).toHaveCount(0);
  }
  // Dashboards compare with the previous period.
  await page.goto("/analytics/delivery");
  await expect(page.getByTestId("kpi-p50")).toBeVisible();
  await expect(page.getByTestId("kpi-p50")).not.toContainText("NaN");
});
