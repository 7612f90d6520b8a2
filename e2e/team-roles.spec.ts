import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { navHrefs, signIn } from "./helpers";
import { createE2eUser } from "./db";
import { userIdOf } from "./team-db";

// Whether the permission matrix marks `permission` for the column headed `column`.
async function matrixHas(page: Page, column: string, permission: string) {
  const matrix = page.getByTestId("permission-matrix");
  const headers = await matrix.locator("thead th").allTextContents();
  const index = headers.findIndex((h) => h.startsWith(column));
  expect(index, column).toBeGreaterThan(0);
  const row = matrix.locator("tbody tr", { has: page.locator(`code:text-is("${permission}")`) });
  return (await row.locator("td").nth(index).getAttribute("aria-label")) === "yes";
}

test("a custom role from the matrix applies at once; a manager cannot hand out more than they hold", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const roleName = `夜班调度-${randomBytes(3).toString("hex")}`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@demo.local");
  await admin.goto("/team/roles");
  const editor = admin.locator("details", {
    has: admin.locator("summary", { hasText: "新建自定义角色" }),
  });
  await editor.locator('input[name="name"]').fill(roleName);
  await editor.locator('select[name="baseRole"]').selectOption("STORE_STAFF");
  for (const p of ["orders.view", "dispatch.view", "analytics.view"])
    await editor.getByRole("checkbox", { name: p, exact: true }).check();
  await editor.getByRole("button", { name: "保存" }).click();
  await expect(editor.getByRole("status")).toHaveText("已保存");
  await admin.reload();
  expect(await matrixHas(admin, roleName, "dispatch.view")).toBe(true);
  expect(await matrixHas(admin, roleName, "analytics.view")).toBe(true);
  expect(await matrixHas(admin, roleName, "team.view")).toBe(false);

  const user = await createE2eUser({ role: "STORE_STAFF", storeCodes: ["S01"] });
  const userId = await userIdOf(user.email);
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, user.email, user.password);
  expect(await navHrefs(staff)).toEqual(["/orders", "/menu"]);

  // A store manager lacks dispatch.view: the role is not offered, and a forged choice is refused.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager@demo.local");
  await manager.goto(`/team/staff/${userId}`);
  const managerForm = manager.getByTestId("staff-edit-form");
  const select = managerForm.locator('select[name="customRoleId"]');
  await expect(select.locator("option", { hasText: roleName })).toHaveCount(0);
  await admin.goto(`/team/staff/${userId}`);
  const adminSelect = admin.getByTestId("staff-edit-form").locator('select[name="customRoleId"]');
  const value = await adminSelect.locator("option", { hasText: roleName }).getAttribute("value");
  expect(value).toBeTruthy();
  await select.evaluate((el, v) => {
    const option = document.createElement("option");
    option.value = v;
    option.textContent = "forged";
    el.appendChild(option);
    (el as HTMLSelectElement).value = v;
  }, value ?? "");
  await managerForm.getByRole("button", { name: "保存" }).click();
  await expect(managerForm.getByRole("alert")).toBeVisible();
  await expect(managerForm.getByRole("status")).toHaveCount(0);
  await staff.reload();
  expect(await navHrefs(staff)).toEqual(["/orders", "/menu"]);

  // The admin applies it: the staff member's very next request has the new permissions.
  await adminSelect.selectOption({ label: roleName });
  await admin.getByTestId("staff-edit-form").getByRole("button", { name: "保存" }).click();
  await expect(admin.getByTestId("staff-edit-form").getByRole("status")).toHaveText("已保存");
  await staff.reload();
  expect(await navHrefs(staff)).toEqual(["/orders", "/dispatch", "/analytics"]);
  const response = await staff.goto("/dispatch");
  expect(response?.status()).toBe(200);
  await expect(staff.getByTestId("couriers-table")).toBeVisible();
  expect((await staff.goto("/team"))?.status()).toBe(403);
});
