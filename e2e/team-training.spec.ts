import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { createE2eUser } from "./db";

test("new staff land on their checklist at first sign-in, tick it, and the manager sees it", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const tag = randomBytes(3).toString("hex");
  const titleZh = `食品安全-${tag}`;
  const titleEn = `Food safety ${tag}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@demo.local");
  await admin.goto("/team/training");
  const form = admin.getByTestId("training-form");
  // Both titles are required: the empty one is named.
  await form.locator('select[name="role"]').selectOption("STORE_STAFF");
  await form.locator('input[name="titleZh"]').fill(titleZh);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.locator("[role=alert] li[data-field=titleEn]")).toBeVisible();
  await form.locator('input[name="titleEn"]').fill(titleEn);
  await form.getByRole("button", { name: "保存" }).click();
  const staffList = admin.getByTestId("training-STORE_STAFF");
  await expect(staffList).toContainText(titleZh);
  const total = await staffList.locator("li").count();

  try {
    // A brand-new store staff member signs in: the console opens on their checklist.
    const user = await createE2eUser({ role: "STORE_STAFF", storeCodes: ["S01"] });
    const name = `E2E ${user.email.slice(4, 12)}`;
    const own = await (await browser.newContext()).newPage();
    await signIn(own, user.email, user.password);
    await expect(own).toHaveURL(/\/profile\?welcome=1/);
    await expect(own.getByTestId("training-welcome")).toBeVisible();
    const mine = own.getByTestId("my-training");
    await expect(mine.getByRole("button")).toHaveCount(total);
    const item = mine.getByRole("button", { name: new RegExp(titleZh) });
    await expect(item).toHaveAttribute("aria-pressed", "false");
    await item.click();
    await expect(item).toHaveAttribute("aria-pressed", "true");
    await expect(own.getByTestId("my-training-panel")).toContainText(`(1/${total})`);

    // Once started, a later sign-in goes to the work area instead.
    await own.goto("/");
    await expect(own).toHaveURL(/\/orders/);

    await admin.reload();
    const progress = admin.getByTestId("training-progress").locator("tr", { hasText: name });
    await expect(progress).toContainText(`1/${total}`);
  } finally {
    // Retire the item so later specs see the seeded checklist.
    await admin.goto("/team/training");
    await admin
      .getByTestId("training-STORE_STAFF")
      .locator("li", { hasText: titleZh })
      .getByRole("button", { name: "停用" })
      .click();
    await expect(admin.getByTestId("training-STORE_STAFF")).not.toContainText(titleZh);
  }
});
