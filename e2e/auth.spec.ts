import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { createE2eUser } from "./db";

test("a signed-out visitor is sent to sign-in and back to the page they asked for", async ({
  page,
}) => {
  await page.goto("/orders?status=PLACED");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Forders%3Fstatus%3DPLACED/);
  await page.locator('input[name="email"]').fill("supervisor@demo.local");
  await page.locator('input[name="password"]').fill("waimai-demo");
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/orders\?status=PLACED$/);
  await expect(page.getByTestId("current-role")).toHaveText("运营主管");
});

test("a wrong password shows a clear error and does not sign in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill("admin@demo.local");
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.locator('button[type="submit"]').click();
  await expect(page.locator("form [role=alert]")).toHaveText("邮箱或密码不正确。");
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an unknown route gives the not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-area/at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("a disabled user is signed out at their next request", async ({ browser }) => {
  const victim = await createE2eUser({ role: "STORE_STAFF", storeCodes: ["S01"] });
  const victimContext = await browser.newContext();
  const victimPage = await victimContext.newPage();
  await signIn(victimPage, victim.email, victim.password);
  await victimPage.goto("/orders");
  await expect(victimPage.getByTestId("orders-table")).toBeVisible();

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, "admin@demo.local");
  await adminPage.goto("/team");
  const row = adminPage.locator(`tr[data-email="${victim.email}"]`);
  adminPage.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "停用" }).click();
  await expect(row.getByText("已停用")).toBeVisible();
  await expect(adminPage.getByTestId("audit-table")).toContainText("user.disable");

  await victimPage.goto("/orders");
  await expect(victimPage).toHaveURL(/\/sign-in/);
  // Signing in again is refused with a clear reason.
  await victimPage.locator('input[name="email"]').fill(victim.email);
  await victimPage.locator('input[name="password"]').fill(victim.password);
  await victimPage.locator('button[type="submit"]').click();
  await expect(victimPage.locator("form [role=alert]")).toHaveText("该账号已停用，请联系管理员。");
  await victimContext.close();
  await adminContext.close();
});
