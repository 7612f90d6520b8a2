import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Deliveries and points of each courier in the performance table.
async function courierFigures(page: Page) {
  return page
    .getByTestId("courier-performance")
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((r) => {
        const cells = [...r.querySelectorAll("td")].map((td) => td.textContent ?? "");
        return { name: cells[0] ?? "", deliveries: Number(cells[1]), points: Number(cells[4]) };
      }),
    );
}

async function setTarget(page: Page, values: { target: string; per: string; bonus: string }) {
  const form = page.getByTestId("target-form");
  await form.locator('select[name="metric"]').selectOption("deliveries");
  await form.locator('select[name="storeId"]').selectOption("");
  await form.locator('input[name="target"]').fill(values.target);
  await form.locator('input[name="pointsPerUnit"]').fill(values.per);
  await form.locator('input[name="bonusPoints"]').fill(values.bonus);
  await form.getByRole("button", { name: "保存" }).click();
}

test("a manager configures a target with points, and every courier's points follow it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@demo.local");
  await page.goto("/team/performance");
  await expect(page.getByTestId("people-performance").locator("tbody tr").first()).toBeVisible();
  const targets = page.getByTestId("targets");
  const rule = targets.locator("li", { hasText: "配送单数" });
  const before = (await rule.count()) ? ((await rule.textContent()) ?? "") : "";
  const [oldTarget = "0", oldPer = "0", oldBonus = "0"] = before.match(/\d+(\.\d+)?/g) ?? [];

  // Bad input is refused with the field named, nothing saved.
  const form = page.getByTestId("target-form");
  await setTarget(page, { target: "lots", per: "-1", bonus: "0" });
  await expect(form.locator("[role=alert] li[data-field=target]")).toBeVisible();
  await expect(form.locator("[role=alert] li[data-field=pointsPerUnit]")).toBeVisible();

  // Zero points first, so the next rule's effect can be read off exactly.
  await setTarget(page, { target: "1000000", per: "0", bonus: "0" });
  await expect(rule).toContainText("1000000");
  await page.reload();
  const zero = await courierFigures(page);
  expect(zero.length).toBeGreaterThan(0);

  await setTarget(page, { target: "1", per: "3", bonus: "500" });
  await expect(rule).toContainText("3");
  await expect(rule).toContainText("500");
  await page.reload();
  const after = await courierFigures(page);
  expect(after.length).toBe(zero.length);
  let working = 0;
  for (const c of after) {
    const base = zero.find((z) => z.name === c.name);
    expect(base, c.name).toBeDefined();
    const expected = (base?.points ?? 0) + 3 * c.deliveries + (c.deliveries >= 1 ? 500 : 0);
    expect(c.points, c.name).toBe(expected);
    if (c.deliveries > 0) working += 1;
  }
  expect(working).toBeGreaterThan(0);

  // Put the seeded rule back for whoever looks next.
  await setTarget(page, { target: oldTarget, per: oldPer, bonus: oldBonus });
  await expect(rule).toContainText(`${oldBonus}`);
});
