import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

async function filter(page: Page, values: { q?: string; actor?: string; entity?: string }) {
  const form = page.getByTestId("audit-filters");
  await form.locator('input[name="q"]').fill(values.q ?? "");
  await form.locator('input[name="actor"]').fill(values.actor ?? "");
  await form.locator('select[name="entity"]').selectOption(values.entity ?? "");
  await form.getByRole("button", { name: "筛选" }).click();
}

test("the audit log finds each step by text, actor and entity, and exports what it shows", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const tag = `审计-${randomBytes(3).toString("hex")}`;
  await signIn(page, "admin@demo.local");
  await page.goto("/team/training");
  const form = page.getByTestId("training-form");
  await form.locator('select[name="role"]').selectOption("SUPPORT_AGENT");
  await form.locator('input[name="titleZh"]').fill(tag);
  await form.locator('input[name="titleEn"]').fill(`Audit ${tag}`);
  await form.getByRole("button", { name: "保存" }).click();
  const item = page.getByTestId("training-SUPPORT_AGENT").locator("li", { hasText: tag });
  await expect(item).toBeVisible();

  const rows = page.getByTestId("audit-log").locator("tbody tr");
  await page.goto("/team/audit");
  await filter(page, { q: tag });
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(tag)}`));
  await expect(rows).toHaveCount(1);
  await expect(rows).toHaveAttribute("data-action", "training.add");
  await expect(rows).toContainText("admin@demo.local");
  const entity = (await rows.locator("td").nth(3).textContent()) ?? "";
  const itemId = entity.replace("TrainingItem", "").trim();
  expect(itemId).toMatch(/^[a-z0-9]{20,}$/);

  // A second step on the same item: both are found by the item's id, newest first.
  await page.goto("/team/training");
  await item.getByRole("button", { name: "停用" }).click();
  await expect(item).toHaveCount(0);
  await page.goto("/team/audit");
  await filter(page, { q: itemId });
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute("data-action")))).toEqual([
    "training.retire",
    "training.add",
  ]);

  await filter(page, { q: itemId, entity: "TrainingItem", actor: "admin@demo.local" });
  await expect(rows).toHaveCount(2);
  await filter(page, { q: itemId, actor: "manager@demo.local" });
  await expect(page.getByText("暂无数据")).toBeVisible();
  await expect(rows).toHaveCount(0);
  await filter(page, { q: itemId, entity: "User" });
  await expect(rows).toHaveCount(0);

  // Export carries the same filters: exactly the two rows, as CSV.
  await filter(page, { q: itemId });
  await expect(rows).toHaveCount(2);
  // Entries are read-only: nothing in the log can be edited or deleted from the page.
  await expect(page.getByTestId("audit-log").locator("button, input, form")).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("audit-export").click(),
  ]);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r\n/);
  expect(lines[0]).toContain("actorEmail");
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain("training.retire");
  expect(lines[2]).toContain("training.add");
  for (const line of lines.slice(1)) expect(line).toContain(itemId);
});
