import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { intakeBody, openStoreForIntake } from "./orders-db";
import {
  cancelTestOrder,
  courierOfOrder,
  createCouriersNear,
  resumeZone,
  retireCouriers,
  setAutoAccept,
  zoneServing,
} from "./dispatch-db";

// These flows wait on planner runs (every 5 s) on a shared 2-core machine: more than the default.
test.describe.configure({ timeout: 120_000 });

/** Posts a storefront order for S01 through the public intake API; returns its code. */
async function postOrder(page: Page): Promise<string> {
  const response = await page.request.post("/api/v1/orders", {
    headers: {
      authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
      "idempotency-key": randomUUID(),
    },
    data: await intakeBody("S01"),
  });
  const body = (await response.json()) as { code?: string; detail?: string };
  expect(response.status(), body.detail).toBe(201);
  return body.code ?? "";
}

const route = (page: Page, courierCode: string) =>
  page.locator(`path[data-testid=courier-route][data-courier="${courierCode}"]`);

test("the map draws zones, couriers and unassigned orders on a plain background, offline", async ({
  page,
}) => {
  // No tile server: any request leaving the app would be a tile fetch and must not happen.
  const external: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://localhost")) external.push(r.url());
  });
  // A courier on break: the planner never hands them work, so their status holds during the test
  // (seeded available couriers may all be busy by the time this spec runs).
  const [resting] = await createCouriersNear("S01", 1, { status: "BREAK" });
  if (!resting) throw new Error("no test courier");
  try {
    await signIn(page, "dispatcher@demo.local");
    await page.goto("/dispatch");
    await expect(page.getByTestId("dispatch-map")).toHaveAttribute("data-live", "on");
    await expect(page.locator("path[data-testid=zone-shape]").first()).toBeVisible();
    await expect(page.getByTestId("courier-marker").first()).toBeVisible();
    await expect(page.locator(".leaflet-tile")).toHaveCount(0);

    // Filters live in the URL and survive a reload.
    await page.getByTestId("status-filter").selectOption("BREAK");
    await expect(page).toHaveURL(/status=BREAK/);
    const marker = page.locator(`[data-testid=courier-marker][data-code="${resting.code}"]`);
    await expect(marker).toBeVisible();
    const statuses = await page
      .getByTestId("courier-marker")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
    expect(new Set(statuses)).toEqual(new Set(["BREAK"]));
    await page.getByTestId("status-filter").selectOption("AVAILABLE");
    await expect(page).toHaveURL(/status=AVAILABLE/);
    await expect(marker).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId("status-filter")).toHaveValue("AVAILABLE");
    expect(external).toEqual([]);
  } finally {
    await retireCouriers([resting.id]);
  }
});

test("an order posted through the API gets a courier by itself; reassigning it moves it to the other courier's route and the tracking page", async ({
  page,
  browser,
}) => {
  const restore = await openStoreForIntake("S01");
  await setAutoAccept("S01");
  const couriers = await createCouriersNear("S01", 2);
  let code = "";
  try {
    await signIn(page, "dispatcher@demo.local");
    const response = await page.request.post("/api/v1/orders", {
      headers: {
        authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
        "idempotency-key": randomUUID(),
      },
      data: await intakeBody("S01"),
    });
    const body = (await response.json()) as { code?: string; detail?: string };
    expect(response.status(), body.detail).toBe(201);
    code = body.code ?? "";

    // The planner runs in the server every few seconds and on new orders.
    await expect.poll(() => courierOfOrder(code), { timeout: 30_000 }).not.toBeNull();
    const first = await courierOfOrder(code);
    if (!first) throw new Error("no courier");

    await page.goto("/dispatch");
    await expect(page.getByTestId("dispatch-map")).toHaveAttribute("data-live", "on");
    await expect(route(page, first.code)).toHaveAttribute("data-orders", new RegExp(code));

    // Open the order from the courier's panel and read why it was chosen.
    // Markers near the store may overlap; the click is sent to this courier's marker itself.
    await page
      .locator(`[data-testid=courier-marker][data-code="${first.code}"]`)
      .dispatchEvent("click");
    await expect(page).toHaveURL(/courier=/);
    const panel = page.getByTestId("courier-panel");
    await expect(panel.getByTestId("route-stops").locator(`li[data-code="${code}"]`)).toHaveCount(
      2,
    );
    await panel.getByTestId("route-stops").getByRole("button", { name: code }).first().click();
    const orderPanel = page.getByTestId("order-panel");
    await expect(orderPanel).toHaveAttribute("data-courier", first.code);
    await expect(orderPanel.getByTestId("explanation")).toBeVisible();

    const customer = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const tracking = await customer.newPage();
    const token = await orderPanel.getByRole("link").getAttribute("href");
    await tracking.goto(token ?? "/");
    await expect(tracking.getByTestId("tracking")).toContainText(first.name);

    const target = couriers.find((c) => c.id !== first.id) ?? couriers[0];
    if (!target) throw new Error("no test courier");
    await orderPanel.getByTestId("courier-select").selectOption(target.id);
    await orderPanel.getByTestId("assign-button").click();

    await expect(orderPanel).toHaveAttribute("data-courier", target.code);
    await expect(route(page, target.code)).toHaveAttribute("data-orders", new RegExp(code));
    if (first.id !== target.id) {
      await expect(
        route(page, first.code).and(page.locator(`[data-orders*="${code}"]`)),
      ).toHaveCount(0);
    }
    await expect(async () => {
      await tracking.reload();
      await expect(tracking.getByTestId("tracking")).toContainText(target.name, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    // The manual choice holds through the next planner runs.
    await expect
      .poll(async () => (await courierOfOrder(code))?.id, {
        timeout: 12_000,
        intervals: [6_000, 5_000],
      })
      .toBe(target.id);
    await customer.close();
  } finally {
    if (code) await cancelTestOrder(code);
    await retireCouriers(couriers.map((c) => c.id));
    await restore();
  }
});

test("with auto-dispatch paused in a zone, new orders wait unassigned with their age; a dispatcher assigns two at once", async ({
  page,
}) => {
  const restore = await openStoreForIntake("S01");
  await setAutoAccept("S01");
  const [courier] = await createCouriersNear("S01", 1);
  if (!courier) throw new Error("no test courier");
  const address = (await intakeBody("S01")).address;
  const zone = await zoneServing("S01", address.lat, address.lng);
  const codes: string[] = [];
  try {
    await signIn(page, "dispatcher@demo.local");
    await page.goto("/dispatch");
    await expect(page.getByTestId("dispatch-map")).toHaveAttribute("data-live", "on");
    const zoneRow = page.locator(`[data-testid=zone-switches] li[data-zone="${zone.id}"]`);
    await zoneRow.getByRole("button", { name: "暂停" }).click();
    await expect(zoneRow).toHaveAttribute("data-auto", "off");

    codes.push(await postOrder(page), await postOrder(page));
    const waiting = page.getByTestId("unassigned-list");
    for (const code of codes) {
      const row = waiting.locator(`li[data-code="${code}"]`);
      await expect(row).toContainText("分钟");
      await row.getByRole("checkbox").check();
    }
    // Two planner runs later they are still waiting: the pause holds.
    await expect
      .poll(async () => (await courierOfOrder(codes[0] ?? ""))?.id ?? "none", {
        timeout: 12_000,
        intervals: [6_000, 5_000],
      })
      .toBe("none");

    const bulk = page.getByTestId("bulk-bar");
    await expect(bulk).toContainText("2");
    await bulk.getByTestId("courier-select").selectOption(courier.id);
    await bulk.getByTestId("bulk-assign").click();
    await expect(bulk).toHaveCount(0);
    for (const code of codes) {
      await expect(route(page, courier.code)).toHaveAttribute("data-orders", new RegExp(code));
      await expect(waiting.locator(`li[data-code="${code}"]`)).toHaveCount(0);
    }
    await zoneRow.getByRole("button", { name: "恢复" }).click();
    await expect(zoneRow).toHaveAttribute("data-auto", "on");
  } finally {
    await resumeZone(zone.id);
    for (const code of codes) await cancelTestOrder(code);
    await retireCouriers([courier.id]);
    await restore();
  }
});
