import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { intakeBody, openStoreForIntake } from "./orders-db";
import {
  cancelTestOrder,
  courierOfOrder,
  createCouriersNear,
  dispatchLeaseExpiry,
  orderIdOf,
  retireCouriers,
  setAutoAccept,
  setCourierStatus,
  setZoneAutoDispatch,
  zoneServing,
} from "./dispatch-db";

// These flows wait on planner runs (every 5 s) on a shared 2-core machine: more than the default.
test.describe.configure({ timeout: 240_000 });

/** Posts a storefront order through the public intake API; returns its code. */
async function postOrder(page: Page, storeCode: string): Promise<string> {
  const response = await page.request.post("/api/v1/orders", {
    headers: {
      authorization: `Bearer ${demoApiKey(42, storeCode, "STOREFRONT")}`,
      "idempotency-key": randomUUID(),
    },
    data: await intakeBody(storeCode),
  });
  const body = (await response.json()) as { code?: string; detail?: string };
  expect(response.status(), body.detail).toBe(201);
  return body.code ?? "";
}

/**
 * Waits until `runs` whole planner runs have started after this call and finished: the lease
 * is renewed at the start of each run and never while one is going.
 */
async function plannerRuns(runs: number): Promise<void> {
  let last = await dispatchLeaseExpiry();
  for (let i = 0; i <= runs; i++) {
    await expect.poll(dispatchLeaseExpiry, { timeout: 30_000 }).toBeGreaterThan(last);
    last = await dispatchLeaseExpiry();
  }
}

const route = (page: Page, courierCode: string) =>
  page.locator(`path[data-testid=courier-route][data-courier="${courierCode}"]`);

test("a dispatcher pins an order to a courier: it stays through planner runs even on the courier's break; unpinned, the optimizer moves it", async ({
  page,
}) => {
  const restore = await openStoreForIntake("S01");
  await setAutoAccept("S01");
  const [pinnedTo] = await createCouriersNear("S01", 1);
  if (!pinnedTo) throw new Error("no test courier");
  let code = "";
  try {
    await signIn(page, "dispatcher@demo.local");
    code = await postOrder(page, "S01");
    await expect.poll(() => courierOfOrder(code), { timeout: 30_000 }).not.toBeNull();

    await page.goto(`/dispatch?order=${await orderIdOf(code)}`);
    await expect(page.getByTestId("dispatch-map")).toHaveAttribute("data-live", "on");
    const panel = page.getByTestId("order-panel");
    await expect(panel).toHaveAttribute("data-code", code);
    // The planner's reason, worded in the viewer's language from the stored facts.
    const summary = panel.getByTestId("explanation-summary");
    await expect(summary).toContainText("多骑行");
    await page.context().addCookies([{ name: "locale", value: "en", url: page.url() }]);
    await page.reload();
    await expect(summary).toContainText("min of riding");
    await page.context().addCookies([{ name: "locale", value: "zh-CN", url: page.url() }]);
    await page.reload();
    await expect(summary).toContainText("多骑行");

    await panel.getByTestId("courier-select").selectOption(pinnedTo.id);
    await panel.getByLabel("锁定（自动调度不再改派）").check();
    await panel.getByTestId("assign-button").click();
    await expect(panel).toHaveAttribute("data-courier", pinnedTo.code);
    await expect(panel.getByTestId("order-courier")).toContainText("已锁定");
    await expect(route(page, pinnedTo.code)).toHaveAttribute("data-orders", new RegExp(code));
    await expect(summary).toContainText(`手动指派给 ${pinnedTo.code} 并锁定`);

    // A break would hand an unpinned order to someone else; a pinned one stays.
    await setCourierStatus(pinnedTo.id, "BREAK");
    await plannerRuns(2);
    expect((await courierOfOrder(code))?.id).toBe(pinnedTo.id);
    await page.reload();
    await expect(panel).toHaveAttribute("data-courier", pinnedTo.code);
    await expect(panel.getByTestId("order-courier")).toContainText("已锁定");
    await expect(route(page, pinnedTo.code)).toHaveAttribute("data-orders", new RegExp(code));

    await panel.getByTestId("pin-button").click();
    await expect(panel.getByTestId("order-courier")).not.toContainText("已锁定");
    await expect
      .poll(async () => (await courierOfOrder(code))?.id ?? "none", {
        timeout: 30_000,
      })
      .not.toBe(pinnedTo.id);
    await expect(panel).not.toHaveAttribute("data-courier", pinnedTo.code, { timeout: 15_000 });
    await expect(
      route(page, pinnedTo.code).and(page.locator(`[data-orders*="${code}"]`)),
    ).toHaveCount(0);
  } finally {
    if (code) await cancelTestOrder(code);
    await retireCouriers([pinnedTo.id]);
    await restore();
  }
});

test("the zone and status filters live in the URL, show only matching couriers and orders, and survive a reload", async ({
  page,
}) => {
  // Two stores whose delivery addresses fall in different zones.
  const home = await intakeBody("S01");
  const zoneA = await zoneServing("S01", home.address.lat, home.address.lng);
  let otherStore = "";
  let zoneB = zoneA;
  for (const storeCode of ["S02", "S03", "S04", "S05", "S06", "S07", "S08"]) {
    const { address } = await intakeBody(storeCode);
    const zone = await zoneServing(storeCode, address.lat, address.lng);
    if (zone.id !== zoneA.id) {
      otherStore = storeCode;
      zoneB = zone;
      break;
    }
  }
  expect(otherStore, "a store delivering in another zone").not.toBe("");
  const restores = [await openStoreForIntake("S01"), await openStoreForIntake(otherStore)];
  await setAutoAccept("S01");
  await setAutoAccept(otherStore);
  // Paused zones keep the new orders waiting, so both stay on the unassigned list.
  await setZoneAutoDispatch(zoneA.id, false);
  await setZoneAutoDispatch(zoneB.id, false);
  const [inA] = await createCouriersNear("S01", 1, { homeZoneId: zoneA.id });
  const [inB] = await createCouriersNear(otherStore, 1, { homeZoneId: zoneB.id, status: "BREAK" });
  if (!inA || !inB) throw new Error("no test courier");
  const codes: string[] = [];
  try {
    await signIn(page, "dispatcher@demo.local");
    const orderA = await postOrder(page, "S01");
    const orderB = await postOrder(page, otherStore);
    codes.push(orderA, orderB);

    await page.goto("/dispatch");
    await expect(page.getByTestId("dispatch-map")).toHaveAttribute("data-live", "on");
    const waiting = page.getByTestId("unassigned-list");
    const listed = (c: string) => waiting.locator(`li[data-code="${c}"]`);
    const pin = (c: string) => page.locator(`[data-testid=unassigned-marker][data-code="${c}"]`);
    const marker = (c: string) => page.locator(`[data-testid=courier-marker][data-code="${c}"]`);
    // The map library loads after the lists: give the first drawing time on a busy machine.
    await expect(marker(inA.code)).toHaveCount(1, { timeout: 30_000 });
    await expect(marker(inB.code)).toHaveCount(1);
    await expect(listed(orderA)).toHaveCount(1);
    await expect(listed(orderB)).toHaveCount(1);

    // Zone A: its order and its courier only, and only its outline.
    await page.getByTestId("zone-filter").selectOption(zoneA.id);
    await expect(page).toHaveURL(new RegExp(`zone=${zoneA.id}`));
    await expect(listed(orderA)).toHaveCount(1);
    await expect(pin(orderA)).toHaveCount(1);
    await expect(listed(orderB)).toHaveCount(0);
    await expect(pin(orderB)).toHaveCount(0);
    await expect(marker(inA.code)).toHaveCount(1);
    await expect(marker(inB.code)).toHaveCount(0);
    const zonesDrawn = () =>
      page
        .locator("path[data-testid=zone-shape]")
        .evaluateAll((els) => els.map((e) => e.getAttribute("data-zone")));
    await expect.poll(zonesDrawn).toEqual([zoneA.id]);

    // Zone B and couriers on a break: B's break courier, B's order, nobody else.
    await page.getByTestId("zone-filter").selectOption(zoneB.id);
    await page.getByTestId("status-filter").selectOption("BREAK");
    await expect(page).toHaveURL(new RegExp(`zone=${zoneB.id}`));
    await expect(page).toHaveURL(/status=BREAK/);
    const check = async () => {
      await expect(listed(orderB)).toHaveCount(1);
      await expect(listed(orderA)).toHaveCount(0);
      await expect(marker(inB.code)).toHaveCount(1);
      await expect(marker(inA.code)).toHaveCount(0);
      await expect
        .poll(() =>
          page
            .getByTestId("courier-marker")
            .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-status")))]),
        )
        .toEqual(["BREAK"]);
      await expect.poll(zonesDrawn).toEqual([zoneB.id]);
    };
    await check();

    await page.reload();
    await expect(page.getByTestId("zone-filter")).toHaveValue(zoneB.id);
    await expect(page.getByTestId("status-filter")).toHaveValue("BREAK");
    await check();

    // Back to everything: the URL forgets the filters.
    await page.getByTestId("zone-filter").selectOption("");
    await page.getByTestId("status-filter").selectOption("");
    await expect(page).not.toHaveURL(/zone=|status=/);
    await expect(listed(orderA)).toHaveCount(1);
    await expect(listed(orderB)).toHaveCount(1);
  } finally {
    await setZoneAutoDispatch(zoneA.id, true);
    await setZoneAutoDispatch(zoneB.id, true);
    for (const code of codes) await cancelTestOrder(code);
    await retireCouriers([inA.id, inB.id]);
    for (const restore of restores) await restore();
  }
});
