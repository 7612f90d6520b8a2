import { expect, test, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/platform/db-client";
import { signIn } from "./helpers";

const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
// Other specs rely on S01; this one only ever touches S02 and puts it back afterwards.
const STORE = "S02";

type Snapshot = { status: "OPEN" | "BUSY" | "PAUSED"; pausedReason: string | null };
let snapshot: Snapshot | null = null;

test.beforeAll(async () => {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    snapshot = await db.store.findUniqueOrThrow({
      where: { code: STORE },
      select: { status: true, pausedReason: true },
    });
  } finally {
    await db.$disconnect();
  }
});

// Even when a step fails, the shared seeded database gets S02's status back.
test.afterAll(async () => {
  if (!snapshot) return;
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    await db.store.update({ where: { code: STORE }, data: snapshot });
  } finally {
    await db.$disconnect();
  }
});

const row = (page: Page) => page.locator(`[data-testid="stores-table"] tr[data-store="${STORE}"]`);

async function openEditor(page: Page) {
  await page.goto("/settings");
  await page.getByTestId(`edit-store-${STORE}`).click();
  await expect(page.getByTestId("store-settings-form")).toBeVisible();
}

test("a store manager pauses and resumes their store", async ({ page }) => {
  await signIn(page, "manager@demo.local");
  await openEditor(page);
  const form = page.getByTestId("store-settings-form");

  // An impossible prep time is refused with an error next to that field, and nothing is saved.
  const prep = form.locator('input[name="prepMinutes"]');
  const originalPrep = await prep.inputValue();
  await prep.fill("500");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.locator('[data-field-error="prepMinutes"]')).toContainText("0 到 180");
  await prep.fill(originalPrep);

  // Pausing needs a reason.
  await form.locator('input[name="status"][value="PAUSED"]').check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.locator('[data-field-error="pausedReason"]')).toBeVisible();
  await form.locator('input[name="pausedReason"]').fill("厨房设备检修");
  await form.getByRole("button", { name: "保存" }).click();

  await expect(page.getByTestId("store-settings-form")).toHaveCount(0);
  await expect(row(page).locator(".badge").first()).toHaveText("暂停营业");
  await expect(row(page).locator(".badge").first()).toHaveAttribute("title", "厨房设备检修");

  // Resume, so the store takes orders again.
  await openEditor(page);
  await form.locator('input[name="status"][value="OPEN"]').check();
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("store-settings-form")).toHaveCount(0);
  await expect(row(page).locator(".badge").first()).toHaveText("营业中");
});
