import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { campaignStatusOf, createBudgetRequests } from "./team-db";

test("the approval queue: a second person approves one request and rejects another with a note", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const tag = randomBytes(3).toString("hex");
  const approveMe = `预算审批-A-${tag}`;
  const rejectMe = `预算审批-B-${tag}`;
  const [approveId = ""] = await createBudgetRequests("manager@demo.local", "S01", [
    approveMe,
    rejectMe,
  ]);
  const note = `预算超出本月上限 ${tag}`;

  // The requester sees their own requests but can only withdraw them.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, "manager@demo.local");
  await manager.goto("/approvals?status=PENDING");
  const own = manager.getByTestId("approvals-table").locator("tr", { hasText: approveMe });
  await expect(own.getByRole("button", { name: "撤回" })).toBeVisible();
  await expect(own.getByRole("button", { name: "批准" })).toHaveCount(0);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@demo.local");
  await admin.getByRole("link", { name: "审批" }).first().click();
  await expect(admin).toHaveURL(/\/approvals/);
  await admin.goto("/approvals?status=PENDING");
  const table = admin.getByTestId("approvals-table");
  const first = table.locator("tr", { hasText: approveMe });
  await expect(first).toContainText("¥9000.00");
  await first.getByRole("button", { name: "批准" }).click();
  await expect(first).toHaveCount(0);
  // The approval ran the kind's executor: the campaign left its waiting state.
  await expect.poll(() => campaignStatusOf(approveMe)).toBe("ENDED");

  // A rejection needs a note.
  const second = table.locator("tr", { hasText: rejectMe });
  await second.getByRole("button", { name: "驳回" }).click();
  await expect(second.locator("[role=alert] li[data-field=note]")).toBeVisible();
  await second.getByLabel("驳回原因").fill(note);
  await second.getByRole("button", { name: "驳回" }).click();
  await expect(second).toHaveCount(0);
  // The rejected budget sends its campaign back to draft, to be changed and published again.
  await expect.poll(() => campaignStatusOf(rejectMe)).toBe("DRAFT");

  await admin.goto("/approvals?status=APPROVED");
  await expect(table.locator("tr", { hasText: approveMe })).toContainText("已批准");
  await admin.goto("/approvals?status=REJECTED");
  const rejected = table.locator("tr", { hasText: rejectMe });
  await expect(rejected).toContainText("已驳回");
  await expect(rejected).toContainText(note);

  // Both decisions are audited, with who decided.
  const audit = admin.getByTestId("audit-log").locator("tbody tr");
  await admin.goto(`/team/audit?q=${encodeURIComponent(note)}`);
  await expect(audit).toHaveCount(1);
  await expect(audit).toHaveAttribute("data-action", "approval.reject");
  await expect(audit).toContainText("admin@demo.local");
  await admin.goto(`/team/audit?q=${approveId}`);
  await expect(audit).toHaveCount(1);
  await expect(audit).toHaveAttribute("data-action", "approval.approve");
});
