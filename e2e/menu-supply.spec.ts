import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import {
  createE2ePurchaseOrder,
  deleteE2eSupply,
  purchaseOrderState,
  supplierNamed,
} from "./menu-db";

test("suppliers: create and edit with field errors from the shared schema", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now());
  const setup = await createE2ePurchaseOrder("S01", `sup ${stamp}`);
  const name = `E2E 新供应商 ${stamp}`;
  const supplierIds = [setup.supplierId];
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu/supply?store=${setup.storeId}`);
    const create = page.locator("[data-testid=supplier-form]:not([data-supplier-id])");
    await create.getByLabel("名称").fill("");
    await create.getByLabel("电话").fill("call me");
    await create.getByLabel("交货期(天)").fill("-1");
    await create.getByRole("button", { name: "保存供应商" }).click();
    await expect(create.locator('[data-field="name"]')).toHaveText("必填。");
    await expect(create.locator('[data-field="phone"]')).toHaveText("只能填数字、空格、+ 和 -。");
    await expect(create.locator('[data-field="leadTimeDays"]')).toHaveText("交货期不能为负。");
    expect(await supplierNamed(name)).toBeNull();

    await create.getByLabel("名称").fill(name);
    await create.getByLabel("联系人").fill("王经理");
    await create.getByLabel("电话").fill("021-5555 0101");
    await create.getByLabel("交货期(天)").fill("3");
    await create.getByLabel("供应的原料").selectOption({ label: `E2E 原料 sup ${stamp}` });
    await create.getByRole("button", { name: "保存供应商" }).click();
    await expect(create.getByRole("status")).toHaveText("供应商已保存。");
    const saved = await supplierNamed(name);
    expect(saved).toMatchObject({
      contactName: "王经理",
      phone: "021-5555 0101",
      leadTimeDays: 3,
      ingredients: [{ id: setup.ingredientId }],
    });
    if (!saved) return;
    supplierIds.push(saved.id);

    // Edit: listed with its own form; 120 days is refused, 5 is saved.
    const edit = page.locator(`[data-testid=supplier-form][data-supplier-id="${saved.id}"]`);
    await expect(edit.getByLabel("名称")).toHaveValue(name);
    await edit.getByLabel("交货期(天)").fill("120");
    await edit.getByRole("button", { name: "保存供应商" }).click();
    await expect(edit.locator('[data-field="leadTimeDays"]')).toHaveText("最多 90 天。");
    expect((await supplierNamed(name))?.leadTimeDays).toBe(3);
    await edit.getByLabel("交货期(天)").fill("5");
    await edit.getByRole("button", { name: "保存供应商" }).click();
    await expect(edit.getByRole("status")).toHaveText("供应商已保存。");
    expect((await supplierNamed(name))?.leadTimeDays).toBe(5);
  } finally {
    await deleteE2eSupply(supplierIds, [setup.ingredientId]);
  }
});

test("purchase order: send, over-delivery refused, partly received, received; stock and ledger follow", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const setup = await createE2ePurchaseOrder("S01", `po ${Date.now()}`);
  try {
    await signIn(page, "manager@demo.local");
    await page.goto(`/menu/supply?store=${setup.storeId}`);
    const row = page.locator(`[data-po-id="${setup.poId}"]`);
    await expect(row).toHaveAttribute("data-status", "DRAFT");
    await expect(row).toContainText("草稿");
    await row.getByRole("button", { name: "发送给供应商" }).click();
    await expect(row).toHaveAttribute("data-status", "SENT");
    await expect(row).toContainText("已发送");

    const arrived = row.getByRole("spinbutton");
    await arrived.fill("11");
    await row.getByRole("button", { name: "登记到货" }).click();
    await expect(row.getByRole("alert")).toContainText("这一行只剩 10 未到货。");
    expect(await purchaseOrderState(setup.poId, setup.ingredientId)).toEqual({
      status: "SENT",
      stockQty: 1,
      received: [],
    });

    await arrived.fill("4");
    await row.getByRole("button", { name: "登记到货" }).click();
    await expect(row).toHaveAttribute("data-status", "PARTLY_RECEIVED");
    await expect(row).toContainText("部分到货");
    await expect(row).toContainText("4/10 kg");
    await row.getByRole("spinbutton").fill("6");
    await row.getByRole("button", { name: "登记到货" }).click();
    await expect(row).toHaveAttribute("data-status", "RECEIVED");
    await expect(row).toContainText("已到货");
    expect(await purchaseOrderState(setup.poId, setup.ingredientId)).toEqual({
      status: "RECEIVED",
      stockQty: 11,
      received: [4, 6],
    });
  } finally {
    await deleteE2eSupply([setup.supplierId], [setup.ingredientId]);
  }
});
