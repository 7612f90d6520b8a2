import { expect, test } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { addDays, dayKey, dayStart, weekKey } from "@/lib/analytics/domain/calendar";
import { deliveryBucket } from "@/lib/analytics/domain/histogram";
import { signIn } from "./helpers";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const SOLD = { notIn: ["CANCELLED" as const, "REJECTED" as const] };

function withDb<T>(run: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const db = createPrismaClient(E2E_DATABASE_URL);
  return run(db).finally(() => db.$disconnect());
}

function urlParams(url: string) {
  const p = new URL(url).searchParams;
  return { from: p.get("from") ?? "", to: p.get("to") ?? "", get: (k: string) => p.get(k) };
}

test("a delivery-time histogram bar lists the orders delivered in that bucket", async ({
  page,
}) => {
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics/delivery");
  const bars = page.getByTestId("chart-delivery-dist").locator(".recharts-bar-rectangle");
  await expect(bars.first()).toBeVisible();
  // The tallest bar: a bucket with orders for sure.
  const heights = await bars.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  // The chart navigates once hydrated: a click before that does nothing, so click until it does.
  await expect(async () => {
    await bars.nth(heights.indexOf(Math.max(...heights))).click();
    await expect(page).toHaveURL(/\/analytics\/orders\?.*bucket=\d+/, { timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  const { from, to, get } = urlParams(page.url());
  const bucket = Number(get("bucket"));
  const expected = await withDb(async (db) => {
    const rows = await db.order.findMany({
      where: {
        placedAt: { gte: dayStart(from), lt: dayStart(addDays(to, 1)) },
        deliveredAt: { not: null },
      },
      select: { code: true, placedAt: true, deliveredAt: true },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    });
    return rows.filter(
      (o) =>
        o.deliveredAt !== null &&
        deliveryBucket(Math.round((o.deliveredAt.getTime() - o.placedAt.getTime()) / 1000)) ===
          bucket,
    );
  });
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.getByTestId("drill-orders")).toHaveAttribute(
    "data-total",
    String(expected.length),
  );
  await expect(page.getByTestId("drill-order-row").first()).toContainText(expected[0]?.code ?? "-");
});

test("a cohort week lists the orders of the customers whose first order was that week", async ({
  page,
}) => {
  await signIn(page, "supervisor@demo.local");
  await page.goto("/analytics/customers");
  const link = page.locator('[data-testid^="cohort-"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/analytics\/orders\?.*cohort=/);
  const { to, get } = urlParams(page.url());
  const week = get("cohort") ?? "";
  expect(get("from")).toBe(week);
  const expected = await withDb(async (db) => {
    // Straight from the orders: each customer's first sold order, kept when it is in the week.
    const sold = await db.order.findMany({
      where: { status: SOLD, customerId: { not: null } },
      select: { customerId: true, placedAt: true },
      orderBy: [{ placedAt: "asc" }, { id: "asc" }],
    });
    const first = new Map<string, Date>();
    for (const o of sold)
      if (o.customerId && !first.has(o.customerId)) first.set(o.customerId, o.placedAt);
    const cohort = [...first]
      .filter(([, at]) => weekKey(dayKey(at)) === week)
      .map(([customerId]) => customerId);
    return db.order.findMany({
      where: {
        customerId: { in: cohort },
        placedAt: { gte: dayStart(week), lt: dayStart(addDays(to, 1)) },
      },
      select: { code: true },
      orderBy: [{ placedAt: "desc" }, { id: "desc" }],
    });
  });
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.getByTestId("drill-orders")).toHaveAttribute(
    "data-total",
    String(expected.length),
  );
  await expect(page.getByTestId("drill-order-row").first()).toContainText(expected[0]?.code ?? "-");
});
