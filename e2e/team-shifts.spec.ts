import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { createE2eUser } from "./db";
import { createAppCourier, retireCourier } from "./team-db";

// A datetime-local value `minutes` from now, in the browser's own time zone.
function localInput(page: Page, minutes: number): Promise<string> {
  return page.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, minutes);
}

async function schedule(page: Page, personLabel: string, fromMin: number, toMin: number) {
  const form = page.getByTestId("shift-form");
  await form.locator('select[name="person"]').selectOption({ label: personLabel });
  await form.locator('input[name="startsAt"]').fill(await localInput(page, fromMin));
  await form.locator('input[name="endsAt"]').fill(await localInput(page, toMin));
  await form.getByRole("button", { name: "保存" }).click();
  await expect(
    page.getByTestId("shifts-table").locator("tr", { hasText: personLabel }),
  ).toHaveCount(1);
}

test("scheduled shifts and clock-ins show who is on duty, on the shifts page and to dispatch", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const dispatcher = await createE2eUser({ role: "DISPATCHER", storeCodes: [] });
  const courier = await createAppCourier("S01");
  try {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, "admin@demo.local");
    await admin.goto("/team/shifts");
    const name = `E2E ${dispatcher.email.slice(4, 12)}`;

    // Bad input: a shift that ends before it starts is refused with the field named.
    const form = admin.getByTestId("shift-form");
    await form.locator('select[name="person"]').selectOption({ label: name });
    await form.locator('input[name="startsAt"]').fill(await localInput(admin, 60));
    await form.locator('input[name="endsAt"]').fill(await localInput(admin, 30));
    await form.getByRole("button", { name: "保存" }).click();
    await expect(form.locator("[role=alert] li[data-field=endsAt]")).toBeVisible();

    await schedule(admin, name, -5, 120);
    await schedule(admin, courier.name, -30, 180);
    await expect(admin.getByTestId("on-duty")).not.toContainText(name);

    // The dispatcher clocks in on their profile.
    const own = await (await browser.newContext()).newPage();
    await signIn(own, dispatcher.email, dispatcher.password);
    await own.goto("/profile");
    await own.getByRole("button", { name: "上班打卡" }).click();
    await expect(own.getByText("已打卡")).toBeVisible();
    await expect(own.getByRole("button", { name: "下班打卡" })).toBeVisible();

    await admin.reload();
    await expect(admin.getByTestId("on-duty")).toContainText(name);
    // The "clocked in" column of the shift now holds a time.
    const clockedIn = (label: string) =>
      admin.getByTestId("shifts-table").locator("tr", { hasText: label }).locator("td").nth(5);
    await expect(clockedIn(name)).toHaveText(/\d{1,2}:\d{2}/);
    await expect(clockedIn(courier.name)).toHaveText("—");

    // Dispatch sees the dispatcher on duty, and the scheduled courier missing from the road.
    await admin.goto("/dispatch");
    const presence = admin.getByTestId("dispatch-presence");
    await expect(presence.getByTestId("on-duty-dispatchers")).toContainText(name);
    const row = presence.locator("tr", { hasText: courier.code });
    await expect(row).toHaveAttribute("data-presence", "LATE");
    await expect(row).toContainText("已排班未上线");

    // The courier app starts the shift: that clocks in the scheduled shift.
    const started = await request.post("/api/v1/courier/shift", {
      headers: { authorization: `Bearer ${courier.token}` },
      data: { action: "start" },
    });
    expect(started.status()).toBe(200);
    expect((await started.json()).status).toBe("AVAILABLE");
    await admin.reload();
    await expect(row).toHaveAttribute("data-presence", "ON_SHIFT");
    await expect(row).toContainText("按排班在岗");
    await admin.goto("/team/shifts");
    await expect(clockedIn(courier.name)).toHaveText(/\d{1,2}:\d{2}/);

    // Clocking out takes the dispatcher off duty again.
    await own.getByRole("button", { name: "下班打卡" }).click();
    await expect(own.getByRole("button", { name: "上班打卡" })).toBeVisible();
    await admin.goto("/dispatch");
    await expect(admin.getByTestId("dispatch-presence")).not.toContainText(name);

    const ended = await request.post("/api/v1/courier/shift", {
      headers: { authorization: `Bearer ${courier.token}` },
      data: { action: "end" },
    });
    expect(ended.status()).toBe(200);
  } finally {
    await retireCourier(courier.id);
  }
});
