import { expect, test } from "@playwright/test";
import { navHrefs, signIn } from "./helpers";

const ALL = [
  "/orders",
  "/dispatch",
  "/support",
  "/analytics",
  "/campaigns",
  "/menu",
  "/team",
  "/approvals",
  "/settings",
];

// Written out by hand (not derived from the app's permission map) so a wrong grant fails here.
const ROLES = [
  { email: "admin@demo.local", role: "平台管理员", nav: ALL, forbidden: [] },
  { email: "supervisor@demo.local", role: "运营主管", nav: ALL, forbidden: [] },
  {
    email: "dispatcher@demo.local",
    role: "调度员",
    nav: ["/orders", "/dispatch"],
    forbidden: ["/support", "/team"],
  },
  {
    email: "support@demo.local",
    role: "客服专员",
    nav: ["/orders", "/support", "/approvals"],
    forbidden: ["/dispatch", "/campaigns"],
  },
  {
    email: "marketer@demo.local",
    role: "市场运营",
    nav: ["/analytics", "/campaigns", "/menu", "/approvals"],
    forbidden: ["/orders", "/team"],
  },
  {
    email: "manager@demo.local",
    role: "店长",
    nav: [
      "/orders",
      "/support/reports",
      "/analytics",
      "/campaigns",
      "/menu",
      "/team",
      "/approvals",
      "/settings",
    ],
    forbidden: ["/dispatch", "/support"],
  },
  {
    email: "staff@demo.local",
    role: "门店员工",
    nav: ["/orders", "/menu"],
    forbidden: ["/team", "/settings", "/analytics"],
  },
] as const;

// What each area shows when it has loaded its data.
const AREA_MARKERS: Record<string, string> = {
  "/orders": "orders-table",
  "/dispatch": "couriers-table",
  "/support": "inbox-table",
  "/support/reports": "report-filters",
  "/analytics": "analytics-kpis",
  "/campaigns": "campaigns-table",
  "/menu": "menu-items",
  "/team": "staff-table",
  "/approvals": "approval-filters",
  "/settings": "stores-table",
};

for (const r of ROLES) {
  test(`${r.email} sees exactly their areas, with data, and is refused the rest`, async ({
    page,
  }) => {
    await signIn(page, r.email);
    await expect(page.getByTestId("current-role")).toHaveText(r.role);
    expect(await navHrefs(page)).toEqual([...r.nav]);
    for (const href of r.nav) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      const marker = AREA_MARKERS[href] ?? "";
      await expect(page.getByTestId(marker), href).toBeVisible();
    }
    for (const href of r.forbidden) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(403);
      await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
      for (const marker of Object.values(AREA_MARKERS))
        await expect(page.getByTestId(marker)).toHaveCount(0);
    }
  });
}

test("a store manager's orders and stores are only their own", async ({ page }) => {
  await signIn(page, "manager@demo.local");
  await page.goto("/orders");
  const stores = await page
    .locator("[data-testid=orders-table] tbody tr")
    .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute("data-store")))]);
  expect(stores.length).toBeGreaterThan(0);
  for (const code of stores) expect(["S01", "S02"]).toContain(code);
  const options = await page.getByLabel("门店").locator("option").allTextContents();
  expect(options.filter((o) => /^S\d\d/.test(o)).map((o) => o.slice(0, 3))).toEqual(["S01", "S02"]);
});

test("store staff see one store, masked phones, and the store switcher narrows an admin", async ({
  page,
}) => {
  await signIn(page, "staff@demo.local");
  await page.goto("/orders");
  const rows = page.locator("[data-testid=orders-table] tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(
    new Set(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute("data-store")))),
  ).toEqual(new Set(["S01"]));
  await expect(page.getByTestId("order-phone").first()).toHaveText(/^\d{3}\*{4}\d{4}$/);

  await page.context().clearCookies();
  await signIn(page, "admin@demo.local");
  await page.goto("/orders");
  const before = await rows.evaluateAll(
    (rs) => new Set(rs.map((r) => r.getAttribute("data-store"))).size,
  );
  expect(before).toBeGreaterThan(2);
  const switcher = page.getByLabel("门店");
  const s03 = await switcher.locator("option", { hasText: /^S03/ }).getAttribute("value");
  await switcher.selectOption(s03 ?? "");
  await expect(async () => {
    const codes = await rows.evaluateAll((rs) => [
      ...new Set(rs.map((r) => r.getAttribute("data-store"))),
    ]);
    expect(codes).toEqual(["S03"]);
  }).toPass();
  await switcher.selectOption("");
});

test("the staff API answers 401 signed out and 403 without the permission, never with data", async ({
  page,
}) => {
  const anonymous = await page.request.get("/api/team/staff");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");

  await signIn(page, "staff@demo.local");
  const forbidden = await page.request.get("/api/team/staff");
  expect(forbidden.status()).toBe(403);
  const body = await forbidden.json();
  expect(body).toMatchObject({ status: 403, code: "forbidden" });
  expect(body).not.toHaveProperty("staff");

  const invalid = await page.request.get("/api/orders?limit=abc");
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).errors[0].field).toBe("limit");
  const allowed = await page.request.get("/api/orders?limit=5");
  expect(allowed.status()).toBe(200);
  const { rows } = await allowed.json();
  expect(rows.length).toBe(5);
  for (const row of rows) expect(row.storeCode).toBe("S01");
});
