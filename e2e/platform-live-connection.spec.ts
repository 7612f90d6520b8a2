import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { placeLiveOrder } from "./orders-db";

test("a console page keeps one live connection for the board and the low-stock toast, across client navigation", async ({
  page,
}) => {
  await signIn(page, "admin@demo.local");
  // Counted from the board's own page load. The page sign-in lands on opens its own stream, maybe
  // only after signIn returns: leave it for a blank page first, so its stream is not counted.
  await page.goto("about:blank");
  const streams: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/events") streams.push(request.url());
  });
  await page.goto("/orders");
  // Both listeners of the page say their stream is open...
  await expect(page.getByTestId("order-board")).toHaveAttribute("data-live", "on");
  await expect(page.getByTestId("low-stock-live")).toHaveAttribute("data-live", "open");
  // ...and it is one connection: the board and the toast share it.
  expect(streams).toHaveLength(1);

  // Order events still reach the board through the shared connection.
  const order = await placeLiveOrder("S01");
  await expect(
    page.locator(`[data-testid=order-card][data-code="${order.code}"]`).first(),
  ).toBeVisible({ timeout: 10_000 });

  // The inbox joins the same connection after a client-side navigation.
  await page.locator('nav.console-nav a[href="/support"]').click();
  await page.waitForURL(/\/support/);
  await expect(page.getByTestId("inbox-live")).toHaveAttribute("data-connected", "true");
  expect(streams).toHaveLength(1);
});
