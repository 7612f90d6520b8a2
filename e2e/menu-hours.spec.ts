import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { openStoreForIntake } from "./orders-db";
import {
  createE2eCategory,
  createE2eDish,
  deleteE2eCategories,
  placeDish,
  retireE2eDish,
} from "./menu-db";

// Tomorrow in the store's time zone (Asia/Shanghai), as the schedule editor names it in zh-CN.
const tomorrow = (new Date(Date.now() + 8 * 3_600_000).getUTCDay() + 1) % 7;
const dayName = (d: number) =>
  new Intl.DateTimeFormat("zh-CN", { weekday: "short", timeZone: "UTC" }).format(
    new Date(Date.UTC(2026, 10, 1 + d)),
  );

/** Sets the first window to tomorrow only, 06:00–10:30: closed right now, whatever the time. */
async function tomorrowOnly(schedule: Locator) {
  for (const d of [0, 1, 2, 3, 4, 5, 6])
    await schedule.getByLabel(dayName(d), { exact: true }).setChecked(d === tomorrow);
  await schedule.getByLabel("开始时间").fill("06:00");
  await schedule.getByLabel("结束时间").fill("10:30");
}

async function expectGreyedOnEntry(page: Page, itemId: string) {
  await page.goto("/orders/new");
  const form = page.getByTestId("phone-order-form");
  const storeSelect = form.locator('select[name="storeId"]');
  const s01 = await storeSelect.locator("option", { hasText: "S01 ·" }).getAttribute("value");
  await storeSelect.selectOption(s01 ?? "");
  const option = form.getByLabel("选择菜品").locator(`option[value="${itemId}"]`);
  await expect(option).toBeDisabled();
  await expect(option).toHaveAttribute("data-sold-out", "true");
}

function order(request: APIRequestContext, dish: { itemId: string; lat: number; lng: number }) {
  return request.post("/api/v1/orders", {
    headers: {
      authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
      "idempotency-key": randomUUID(),
    },
    data: {
      customer: { name: "时段顾客", phone: "13900003333" },
      address: { line: "衡山路 5 号", lat: dish.lat + 0.001, lng: dish.lng + 0.001 },
      items: [{ itemId: dish.itemId, quantity: 1 }],
    },
  });
}

test("category serving hours: a bad range is a field error; outside the hours its dish is greyed on entry and refused at intake", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const restore = await openStoreForIntake("S01");
  const stamp = String(Date.now());
  const dish = await createE2eDish("S01", `Hours cat dish ${stamp}`);
  const cat = await createE2eCategory(dish.storeId, `Hours cat ${stamp}`);
  await placeDish(dish.itemId, cat.id);
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu?store=${dish.storeId}`);
    const row = page.locator(`[data-testid=category-row][data-category-id="${cat.id}"]`);
    const hours = row.getByTestId("category-hours");
    await hours.locator("summary").click();
    await hours.getByRole("button", { name: "添加时段" }).click();
    await hours.getByLabel("结束时间").fill("05:00");
    await hours.getByRole("button", { name: "保存时段" }).click();
    await expect(hours.locator('[data-field="availability.0"]')).toHaveText(
      "结束时间必须晚于开始时间。",
    );
    await tomorrowOnly(hours.getByTestId("schedule"));
    await hours.getByRole("button", { name: "保存时段" }).click();
    await expect(hours.getByRole("status")).toHaveText("时段已保存。");
    await expect(row.getByTestId("category-scheduled")).toBeVisible();

    const item = page.locator(`[data-testid=menu-item-row][data-item-id="${dish.itemId}"]`);
    await expect(item).toHaveAttribute("data-unavailable", "category");
    await expect(item.getByTestId("unavailable-reason")).toHaveText("分类停售");
    const refused = await order(request, dish);
    expect(refused.status()).toBe(422);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
    await expectGreyedOnEntry(page, dish.itemId);
  } finally {
    await retireE2eDish(dish.itemId);
    await deleteE2eCategories([cat.id]);
    await restore();
  }
});

test("item serving hours: a bad range is a field error; outside the hours the dish is greyed on entry", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dish = await createE2eDish("S01", `Hours dish ${Date.now()}`);
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu/items/${dish.itemId}?store=${dish.storeId}`);
    const form = page.getByTestId("item-editor");
    const schedule = form.getByTestId("schedule");
    await schedule.getByRole("button", { name: "添加时段" }).click();
    await schedule.getByLabel("结束时间").fill("05:00");
    await form.getByTestId("item-save").click();
    await expect(form.locator('[data-field="availability.0"]')).toHaveText(
      "结束时间必须晚于开始时间。",
    );
    await tomorrowOnly(schedule);
    await form.getByTestId("item-save").click();
    await expect(form.getByTestId("item-editor-message")).toContainText("已保存");

    await page.goto(`/menu?store=${dish.storeId}`);
    const item = page.locator(`[data-testid=menu-item-row][data-item-id="${dish.itemId}"]`);
    await expect(item).toHaveAttribute("data-unavailable", "schedule");
    await expect(item.getByTestId("unavailable-reason")).toHaveText("不在供应时段");
    await expectGreyedOnEntry(page, dish.itemId);
  } finally {
    await retireE2eDish(dish.itemId);
  }
});
