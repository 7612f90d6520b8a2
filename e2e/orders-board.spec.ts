import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { randomUUID } from "node:crypto";
import { demoApiKey } from "@/lib/seed/stores";
import { intakeBody, openStoreForIntake, placeLiveOrder } from "./orders-db";

// A staff action is a round trip through a server action; the 2 s push target is for new orders.
const ACTION_TIMEOUT = 5_000;

const card = (page: Page, status: string, code: string) =>
  page.locator(`[data-testid=column-${status}] [data-testid=order-card][data-code="${code}"]`);

/** Opens the board and waits until its event stream is connected. */
async function openBoard(page: Page): Promise<void> {
  await signIn(page, "admin@demo.local");
  await page.goto("/orders");
  await expect(page.getByTestId("order-board")).toHaveAttribute("data-live", "on");
  // seeded orders may already be ringing; start from a quiet board
  const banner = page.getByTestId("new-order-banner");
  if (await banner.isVisible()) await banner.getByRole("button").click();
  await expect(banner).toBeHidden();
}

test("a new order appears live and rings; accepting it updates the board and the tracking page", async ({
  page,
  browser,
}) => {
  await openBoard(page);
  const order = await placeLiveOrder();

  await expect(card(page, "PLACED", order.code)).toBeVisible({ timeout: 2_000 });
  await expect(page.getByTestId("new-order-banner")).toBeVisible();
  await expect(page.getByTestId("new-order-banner")).toContainText("1");

  const customer = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const tracking = await customer.newPage();
  await tracking.goto(`/track/${order.trackingToken}`);
  await expect(tracking.getByTestId("tracking")).toHaveAttribute("data-status", "PLACED");

  await card(page, "PLACED", order.code).getByRole("button", { name: "接单" }).click();
  await expect(card(page, "ACCEPTED", order.code)).toBeVisible({ timeout: ACTION_TIMEOUT });
  await expect(page.getByTestId("new-order-banner")).toBeHidden();
  await expect(tracking.getByTestId("tracking")).toHaveAttribute("data-status", "ACCEPTED", {
    timeout: 5_000,
  });

  await card(page, "ACCEPTED", order.code).getByRole("button", { name: "出餐完成" }).click();
  await expect(card(page, "READY", order.code)).toBeVisible({ timeout: ACTION_TIMEOUT });
  await expect(tracking.getByTestId("tracking")).toHaveAttribute("data-status", "READY", {
    timeout: 5_000,
  });

  await card(page, "READY", order.code).getByRole("button", { name: "退款" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(page.locator(`[data-code="${order.code}"]`)).toHaveCount(0, {
    timeout: ACTION_TIMEOUT,
  });
  await expect(tracking.getByTestId("tracking")).toHaveAttribute("data-status", "REFUNDED", {
    timeout: 5_000,
  });
  await customer.close();
});

test("two staff accept the same order: one wins, the other is told someone was first", async ({
  page,
  browser,
}) => {
  await openBoard(page);
  const order = await placeLiveOrder();
  await expect(card(page, "PLACED", order.code)).toBeVisible({ timeout: 2_000 });

  // The second board holds a stale card: its stream and refetches are cut, as on a bad network.
  const other = await browser.newContext();
  const late = await other.newPage();
  await openBoard(late);
  await expect(card(late, "PLACED", order.code)).toBeVisible({ timeout: ACTION_TIMEOUT });
  await late.route("**/api/events**", (route) => route.abort());
  await late.route("**/api/orders/board**", (route) => route.abort());

  await card(page, "PLACED", order.code).getByRole("button", { name: "接单" }).click();
  await expect(card(page, "ACCEPTED", order.code)).toBeVisible({ timeout: ACTION_TIMEOUT });

  await card(late, "PLACED", order.code).getByRole("button", { name: "接单" }).click();
  await expect(late.getByTestId("action-error")).toContainText("已被他人先行处理");

  await late.unrouteAll({ behavior: "ignoreErrors" });
  await expect(card(late, "ACCEPTED", order.code)).toBeVisible({ timeout: 10_000 });
  await other.close();
});

test("the drawer opens from the URL with the order's timeline, customer and phone", async ({
  page,
}) => {
  await openBoard(page);
  const order = await placeLiveOrder();
  await page.goto(`/orders?order=${order.id}`);
  // The drawer is server-rendered; its keys work once the board has hydrated and gone live.
  await expect(page.getByTestId("order-board")).toHaveAttribute("data-live", "on");
  const drawer = page.getByTestId("order-drawer");
  await expect(drawer).toContainText(order.code);
  await expect(drawer.getByTestId("order-timeline")).toContainText("待接单");
  // the platform admin may see full numbers
  await expect(drawer.getByTestId("drawer-phone")).toHaveText("13900001111");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(page).not.toHaveURL(/order=/);
});

test("keyboard: focus a card and press a to accept it", async ({ page }) => {
  await openBoard(page);
  const order = await placeLiveOrder();
  const placed = card(page, "PLACED", order.code);
  await expect(placed).toBeVisible({ timeout: 2_000 });
  await placed.locator(".order-card-items").click();
  await expect(placed).toBeFocused();
  await page.keyboard.press("a");
  await expect(card(page, "ACCEPTED", order.code)).toBeVisible({ timeout: ACTION_TIMEOUT });
  await page.keyboard.press("/");
  await expect(page.locator("#board-search")).toBeFocused();
});

test("an order posted through the intake API appears on the open board within 2 s and rings", async ({
  page,
}) => {
  await openBoard(page);
  const restore = await openStoreForIntake("S01");
  try {
    const response = await page.request.post("/api/v1/orders", {
      headers: {
        authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
        "idempotency-key": randomUUID(),
      },
      data: await intakeBody("S01"),
    });
    const body = (await response.json()) as { code?: string; detail?: string };
    expect(response.status(), body.detail).toBe(201);
    await expect(card(page, "PLACED", body.code ?? "?")).toBeVisible({ timeout: 2_000 });
    await expect(page.getByTestId("new-order-banner")).toBeVisible();
  } finally {
    await restore();
  }
});
