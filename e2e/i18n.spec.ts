import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { createE2eUser } from "./db";

test("the sign-in page follows the browser's language", async ({ browser }) => {
  const english = await browser.newContext({ locale: "en-US" });
  const enPage = await english.newPage();
  await enPage.goto("/sign-in");
  await expect(enPage.getByText("Sign in to the console")).toBeVisible();
  await expect(enPage.locator("html")).toHaveAttribute("lang", "en");
  await english.close();

  const chinese = await browser.newContext({ locale: "zh-CN" });
  const zhPage = await chinese.newPage();
  await zhPage.goto("/sign-in");
  await expect(zhPage.getByText("登录运营台")).toBeVisible();
  await expect(zhPage.locator("html")).toHaveAttribute("lang", "zh-CN");
  await chinese.close();
});

test("switching language changes the whole console and is remembered for the user", async ({
  browser,
}) => {
  const user = await createE2eUser({ role: "MARKETER", storeCodes: [] });
  const first = await browser.newContext({ locale: "zh-CN" });
  const page = await first.newPage();
  await signIn(page, user.email, user.password);
  await page.goto("/campaigns");
  await expect(page.getByRole("link", { name: "营销活动" })).toBeVisible();
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("link", { name: "Campaigns" })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText("Marketer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Campaigns");
  await page.reload();
  await expect(page.getByRole("link", { name: "Analytics" })).toBeVisible();
  await first.close();

  // A new browser that prefers Chinese still gets English once this user signs in.
  const second = await browser.newContext({ locale: "zh-CN" });
  const again = await second.newPage();
  await signIn(again, user.email, user.password);
  await expect(again.getByTestId("current-role")).toHaveText("Marketer");
  await second.close();
});
