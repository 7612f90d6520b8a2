import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { createPrismaClient } from "@/lib/platform/db-client";
import { signIn } from "./helpers";
import { openStoreForIntake } from "./orders-db";
import { createE2eDish, retireE2eDish } from "./menu-db";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

async function itemRow(itemId: string) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    return await db.menuItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { nameEn: true, priceCents: true, channelOverrides: true },
    });
  } finally {
    await db.$disconnect();
  }
}

/** Places a one-dish order through the channel API; returns the line's unit price. */
async function unitPriceOn(
  request: APIRequestContext,
  channel: "STOREFRONT" | "MEITUAN",
  dish: { itemId: string; lat: number; lng: number },
) {
  const res = await request.post("/api/v1/orders", {
    headers: {
      authorization: `Bearer ${demoApiKey(42, "S01", channel)}`,
      "idempotency-key": randomUUID(),
    },
    data: {
      customer: { name: "渠道顾客", phone: "13900003333" },
      address: { line: "衡山路 5 号", lat: dish.lat + 0.001, lng: dish.lng + 0.001 },
      items: [{ itemId: dish.itemId, quantity: 1 }],
    },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const line = await db.orderItem.findFirstOrThrow({
      where: { orderId: id, itemId: dish.itemId },
      select: { unitPriceCents: true },
    });
    return line.unitPriceCents;
  } finally {
    await db.$disconnect();
  }
}

test("a channel price set in the item editor applies on that channel only; the base price elsewhere", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const restore = await openStoreForIntake("S01");
  const dish = await createE2eDish("S01", `Channel price ${Date.now()}`);
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu/items/${dish.itemId}?store=${dish.storeId}`);
    const form = page.getByTestId("item-editor");
    await expect(form.locator('input[name="price"]')).toHaveValue("26");
    await form.getByLabel("PHONE 渠道价(元,留空同基础价)").fill("19.5");
    await form.getByLabel("MEITUAN 渠道价(元,留空同基础价)").fill("22");
    await form.getByTestId("item-save").click();
    await expect(form.getByTestId("item-editor-message")).toContainText("已保存");
    await expect
      .poll(async () => JSON.parse((await itemRow(dish.itemId)).channelOverrides ?? "{}"))
      .toMatchObject({ PHONE: { priceCents: 1950 }, MEITUAN: { priceCents: 2200 } });

    // Phone order entry is the PHONE channel: it offers the dish at the PHONE price.
    await page.goto("/orders/new");
    const entry = page.getByTestId("phone-order-form");
    const storeSelect = entry.locator('select[name="storeId"]');
    const s01 = await storeSelect.locator("option", { hasText: "S01 ·" }).getAttribute("value");
    await storeSelect.selectOption(s01 ?? "");
    const option = entry.getByLabel("选择菜品").locator(`option[value="${dish.itemId}"]`);
    await expect(option).toContainText("19.50");
    await expect(option).not.toContainText("26.00");

    // The console menu lists the base price; the channels price their own orders.
    await page.goto(`/menu?store=${dish.storeId}`);
    const row = page.locator(`[data-testid=menu-item-row][data-item-id="${dish.itemId}"]`);
    await expect(row).toContainText("26");
    await expect(row).not.toContainText("19.5");
    expect(await unitPriceOn(request, "MEITUAN", dish)).toBe(2200);
    expect(await unitPriceOn(request, "STOREFRONT", dish)).toBe(2600);

    // Clearing the PHONE price brings the base price back on order entry.
    await page.goto(`/menu/items/${dish.itemId}?store=${dish.storeId}`);
    await form.getByLabel("PHONE 渠道价(元,留空同基础价)").fill("");
    await form.getByTestId("item-save").click();
    await expect(form.getByTestId("item-editor-message")).toContainText("已保存");
    await page.goto("/orders/new");
    await storeSelect.selectOption(s01 ?? "");
    await expect(option).toContainText("26.00");
  } finally {
    await retireE2eDish(dish.itemId);
    await restore();
  }
});

test("concurrent edits: the second save is told the item changed and overwrites nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const dish = await createE2eDish("S01", `Conflict ${Date.now()}`);
  try {
    // Two people, two browsers (separate sessions and connection pools), one dish.
    await signIn(page, "manager@demo.local");
    const otherContext = await browser.newContext();
    const second = await otherContext.newPage();
    await signIn(second, "manager@demo.local");
    const url = `/menu/items/${dish.itemId}?store=${dish.storeId}`;
    await page.goto(url);
    await second.goto(url);
    const first = page.getByTestId("item-editor");
    const other = second.getByTestId("item-editor");
    await expect(first.locator('input[name="price"]')).toHaveValue("26");
    await expect(other.locator('input[name="price"]')).toHaveValue("26");

    await first.locator('input[name="nameEn"]').fill(`${dish.nameZh} first`);
    await first.getByTestId("item-save").click();
    await expect(first.getByTestId("item-editor-message")).toContainText("已保存");

    await other.locator('input[name="nameEn"]').fill("Second writer");
    await other.locator('input[name="price"]').fill("31");
    await other.getByTestId("item-save").click();
    await expect(other.getByTestId("item-editor-message")).toContainText(
      "其他人刚修改了该菜品,请刷新后再改。",
    );
    await expect(other.getByTestId("item-editor-message")).not.toContainText("已保存");
    // Nothing of the second save landed: the first writer's name, the old price.
    const saved = await itemRow(dish.itemId);
    expect(saved.nameEn).toBe(`${dish.nameZh} first`);
    expect(saved.priceCents).toBe(2600);

    // After a reload the second page shows the first writer's version and can save on it.
    await second.reload();
    await expect(other.locator('input[name="nameEn"]')).toHaveValue(`${dish.nameZh} first`);
    await other.locator('input[name="price"]').fill("27");
    await other.getByTestId("item-save").click();
    await expect(other.getByTestId("item-editor-message")).toContainText("已保存");
    await expect.poll(async () => (await itemRow(dish.itemId)).priceCents).toBe(2700);
    await otherContext.close();
  } finally {
    await retireE2eDish(dish.itemId);
  }
});
