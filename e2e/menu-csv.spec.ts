import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { storeIdOf } from "./menu-db";

test("a menu CSV export imported again leaves the menu unchanged", async ({ page }) => {
  const storeId = await storeIdOf("S02");
  await signIn(page, "manager@demo.local");
  await page.goto(`/menu/csv?store=${storeId}`);
  const exportCsv = async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("csv-export").click(),
    ]);
    return readFile((await download.path()) ?? "", "utf8");
  };
  const before = await exportCsv();
  const rows = before.trim().split("\r\n").length - 1;
  expect(rows).toBeGreaterThan(3);

  await page
    .getByTestId("csv-import")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "menu.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(before, "utf8"),
    });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  // One transaction over the whole menu; give it more than the default 10 s on a busy machine.
  await expect(page.getByTestId("csv-import-done")).toContainText(`更新 ${rows} 个`, {
    timeout: 45_000,
  });
  await expect(page.getByTestId("csv-import-done")).toContainText("新增 0 个");
  expect(await exportCsv()).toBe(before);
});

test("a CSV with bad rows names each line and imports nothing", async ({ page }) => {
  const storeId = await storeIdOf("S02");
  await signIn(page, "manager@demo.local");
  await page.goto(`/menu/csv?store=${storeId}`);
  const csv = "nameZh,nameEn,price\n新菜,New dish e2e,12.00\n坏,Bad,-3\n,Nameless,5\n";
  await page
    .getByTestId("csv-import")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "utf8"),
    });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const errors = page.getByTestId("csv-import-errors");
  await expect(errors).toContainText("第 3 行");
  await expect(errors).toContainText("第 4 行");
  await expect(errors).not.toContainText("第 2 行");
  await page.goto(`/menu?store=${storeId}`);
  await expect(page.getByTestId("menu-items")).not.toContainText("新菜");
});
