import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The whole life of a staff account, through the real UI: a store manager invites, the
// invitee signs up through the link and sees only their store, the manager disables them and
// their open session is refused at its next request, and the audit log shows each step.
test("invite → sign up through the link → disable → session refused → audited", async ({
  browser,
}) => {
  // Three browsers and several full page loads on a shared 2-core machine.
  test.setTimeout(180_000);
  const email = `invitee-${randomBytes(4).toString("hex")}@test.local`;
  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager@demo.local");
  await manager.goto("/team");
  const form = manager.getByTestId("invite-form");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('select[name="role"]').selectOption("STORE_STAFF");
  await form.getByRole("checkbox", { name: /S01/ }).check();
  await form.getByRole("button").click();
  const link = await manager.getByTestId("invite-link").textContent();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  const invitePath = new URL(link ?? "").pathname;

  // A store manager cannot hand out their own role or a higher one.
  await expect(form.locator('select[name="role"] option')).toHaveText(["门店员工"]);

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(invitePath);
  const accept = invitee.getByTestId("accept-invite-form");
  await accept.locator('input[name="name"]').fill("王小二");
  await accept.locator('input[name="password"]').fill("short");
  await accept.locator('input[name="confirm"]').fill("short");
  await accept.getByRole("button").click();
  await expect(accept.locator("[role=alert]")).toContainText("password");
  await accept.locator('input[name="password"]').fill("invitee-secret-1");
  await accept.locator('input[name="confirm"]').fill("invitee-secret-1");
  await accept.getByRole("button").click();
  await expect(invitee).toHaveURL(/\/profile/);
  await expect(invitee.getByTestId("current-user")).toContainText("王小二");
  await expect(invitee.getByTestId("my-stores")).toContainText("S01");
  await expect(invitee.getByTestId("my-stores")).not.toContainText("S02");
  const storeOptions = invitee.getByRole("combobox", { name: "门店" }).locator("option");
  await expect(storeOptions).toHaveCount(2);
  await expect(storeOptions.nth(1)).toContainText("S01");

  // The link works once.
  const reuse = await browser.newContext();
  const reusePage = await reuse.newPage();
  await reusePage.goto(invitePath);
  await expect(reusePage.getByTestId("link-refused")).toBeVisible();
  await reuse.close();

  await manager.goto("/team");
  const row = manager.locator(`tr[data-email="${email}"]`);
  manager.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "停用" }).click();
  await expect(row.getByText("已停用")).toBeVisible();

  // The invitee's open session is refused at its next request.
  await invitee.goto("/orders");
  await expect(invitee).toHaveURL(/\/sign-in/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.local");
  await admin.goto(`/team/audit?q=${encodeURIComponent(email)}`);
  const log = admin.getByTestId("audit-log");
  await expect(log.locator('tr[data-action="invite.create"]')).toContainText("manager@demo.local");
  await expect(log.locator('tr[data-action="invite.accept"]')).toContainText(email);
  const disabled = log.locator('tr[data-action="user.disable"]');
  await expect(disabled).toContainText("manager@demo.local");
  // Before and after values, and from where: the manager's address, their browser on hover.
  await expect(disabled.locator("td").nth(4)).toContainText('"disabled":false');
  await expect(disabled.locator("td").nth(5)).toContainText('"disabled":true');
  await expect(disabled.locator("td").nth(6)).toHaveText(/\d|:/);
  await expect(disabled.locator("td").nth(6)).toHaveAttribute("title", /Chrome/);
  const csv = await admin.request.get(`/team/audit/export?q=${encodeURIComponent(email)}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const body = await csv.text();
  expect(body).toContain("invite.accept");
  expect(body).toContain("user.disable");

  await Promise.all([managerContext.close(), inviteeContext.close(), adminContext.close()]);
});

test("an expired or unknown invite link is refused clearly", async ({ page }) => {
  await page.goto(`/invite/${"x".repeat(32)}`);
  await expect(page.locator("p[role=alert]")).toHaveText("链接无效。");
});
