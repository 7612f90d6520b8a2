import { expect, test } from "@playwright/test";
import { withE2eDb } from "./db";
import { placeLiveOrder } from "./orders-db";

test("the tracking page shows its own order and nothing of another", async ({ page }) => {
  const mine = await placeLiveOrder();
  const other = await placeLiveOrder();

  await page.goto(`/track/${mine.trackingToken}`);
  await expect(page.getByTestId("tracking")).toContainText(mine.code);
  await expect(page.locator("body")).not.toContainText(other.code);
  await expect(page.locator("body")).not.toContainText("13900001111");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  await page.goto(`/track/${other.trackingToken}`);
  await expect(page.getByTestId("tracking")).toContainText(other.code);
  await expect(page.locator("body")).not.toContainText(mine.code);
});

test("an unknown, shortened or malformed token is a plain 404", async ({ page }) => {
  const order = await placeLiveOrder();
  for (const token of ["A".repeat(24), order.trackingToken.slice(0, -2), "not-a-token"]) {
    const response = await page.goto(`/track/${token}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("body")).not.toContainText(order.code);
  }
  const api = await page.request.get(`/track/${"B".repeat(24)}/live`);
  expect(api.status()).toBe(404);
});

test("the tracking page switches to English", async ({ page }) => {
  const order = await placeLiveOrder();
  await page.goto(`/track/${order.trackingToken}`);
  await page.getByRole("combobox").selectOption("en");
  await expect(page.getByTestId("tracking-status")).toHaveText("New");
});

test("the page follows its order over its own event stream, without a reload", async ({ page }) => {
  const order = await placeLiveOrder();
  await page.goto(`/track/${order.trackingToken}`);
  const card = page.getByTestId("tracking");
  await expect(card).toHaveAttribute("data-live", "true");
  await expect(page.getByTestId("tracking-status")).toHaveText("待接单");
  // The store accepts, as its board writes it: the change and its outbox event together.
  await withE2eDb(async (db) => {
    const row = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    await db.$transaction([
      db.order.update({
        where: { id: order.id },
        data: { status: "ACCEPTED", acceptedAt: new Date(), version: { increment: 1 } },
      }),
      db.liveEvent.create({
        data: {
          topic: "order.updated",
          storeId: row.storeId,
          payload: JSON.stringify({ orderId: order.id, code: order.code, status: "ACCEPTED" }),
        },
      }),
    ]);
  });
  await expect(page.getByTestId("tracking-status")).toHaveText("已接单", { timeout: 5_000 });

  const unknown = await page.request.get(`/track/${"C".repeat(24)}/events`);
  expect(unknown.status()).toBe(404);
  expect(unknown.headers()["content-type"]).toContain("application/problem+json");
});
