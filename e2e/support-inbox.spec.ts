import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";
import { withE2eDb } from "./db";

// A word no seeded text contains, so the new article is the best suggestion for it.
const WORD = `xq${randomBytes(3).toString("hex")}`;

test.describe.configure({ mode: "serial" });

test.afterAll(async () => {
  await withE2eDb(async (db) => {
    await db.knowledgeArticle.deleteMany({ where: { title: { contains: WORD } } });
    await db.ticket.deleteMany({ where: { subject: { contains: WORD } } });
    const support = await db.user.findUnique({ where: { email: "support@demo.local" } });
    if (support) {
      await db.supportAgent.updateMany({ where: { userId: support.id }, data: { online: false } });
    }
  });
});

test("an agent goes online and away, and inbox views and filters live in the URL", async ({
  page,
}) => {
  // often the first test of a freshly started server, whose first pages are slow under load
  test.setTimeout(120_000);
  await signIn(page, "support@demo.local");
  await page.goto("/support");
  const state = page.getByTestId("availability-state");
  await expect(state).toHaveAttribute("data-online", "no");
  await page.getByTestId("availability").getByRole("button").click();
  await expect(state).toHaveAttribute("data-online", "yes");
  await page.getByTestId("availability").getByRole("button").click();
  await expect(state).toHaveAttribute("data-online", "no");

  await page.getByTestId("inbox-views").getByRole("link").nth(0).click();
  await expect(page).toHaveURL(/view=unassigned/);
  await page.getByTestId("filter-status").selectOption("OPEN");
  await page.getByTestId("inbox-filters").getByRole("button").click();
  await expect(page).toHaveURL(/status=OPEN/);
  await page.reload();
  await expect(page.getByTestId("filter-status")).toHaveValue("OPEN");
});

test("a supervisor's new article is suggested at once, and the reports page has data", async ({
  page,
}) => {
  // many pages on a shared, loaded machine: the knowledge base, the inbox and the reports
  test.setTimeout(120_000);
  const code = `TE${Date.now().toString(36).toUpperCase()}`;
  await withE2eDb((db) =>
    db.ticket.create({
      data: {
        code,
        source: "STAFF",
        subject: `${WORD} 问题`,
        messages: { create: { authorType: "CUSTOMER", body: `我的冰淇淋 ${WORD} 化了` } },
      },
    }),
  );
  await signIn(page, "supervisor@demo.local");
  await page.goto("/support/knowledge");
  await page.getByTestId("kb-new").click();
  // Zod field errors: a Chinese title without its body.
  await page.getByTestId("kb-titleZh").fill(`冰淇淋融化 ${WORD}`);
  await page.getByTestId("kb-save").click();
  await expect(page.getByTestId("kb-form").getByRole("alert").first()).toBeVisible();
  await page.getByTestId("kb-bodyZh").fill(`${WORD}：冰淇淋融化时致歉并补偿 5 元券。`);
  await page.getByTestId("kb-titleEn").fill(`Melted ice cream ${WORD}`);
  await page.getByTestId("kb-bodyEn").fill(`${WORD}: apologise and offer a ¥5 coupon.`);
  await page.getByTestId("kb-tags").fill("dessert, coupon");
  await page.getByTestId("kb-save").click();
  await expect(page.getByTestId("kb-form")).toHaveCount(0);
  await expect(page.getByTestId("kb-list")).toContainText(WORD);

  await page.goto(`/support?ticket=${code}`);
  await expect(page.getByTestId("suggestions")).toContainText(WORD);

  await page.goto("/support/reports");
  await expect(page.getByTestId("report-volume")).not.toContainText(/^\D*0$/);
  await expect(
    page.getByTestId("chart-per-day").locator(".recharts-bar-rectangle").first(),
  ).toBeVisible();
  await page.getByTestId("report-store").selectOption({ index: 1 });
  await page.getByTestId("report-filters").getByRole("button").click();
  await expect(page).toHaveURL(/store=S\d\d/);
  await expect(page.getByTestId("report-stats")).toBeVisible();
});
