import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demoApiKey } from "@/lib/seed/stores";
import { signIn } from "./helpers";
import { intakeBody, openStoreForIntake } from "./orders-db";
import { cancelTestOrder } from "./dispatch-db";

test("today's curve grows when an order arrives, without a reload", async ({ page }) => {
  const restore = await openStoreForIntake("S01");
  let code = "";
  try {
    await signIn(page, "supervisor@demo.local");
    await page.goto("/analytics/peaks");
    const total = page.getByTestId("today-total");
    // Follows the event stream (polling is only the fallback).
    await expect(total).toHaveAttribute("data-live", "stream");
    const count = async () => Number(/\d+/.exec((await total.textContent()) ?? "")?.[0] ?? NaN);
    const before = await count();
    expect(before).not.toBeNaN();
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const response = await page.request.post("/api/v1/orders", {
      headers: {
        authorization: `Bearer ${demoApiKey(42, "S01", "STOREFRONT")}`,
        "idempotency-key": randomUUID(),
      },
      data: await intakeBody("S01"),
    });
    const body = (await response.json()) as { code?: string; detail?: string };
    expect(response.status(), body.detail).toBe(201);
    code = body.code ?? "";
    // Well within the 30 s fallback poll and the rollups' 10 s refresh.
    await expect.poll(count, { timeout: 8_000 }).toBeGreaterThan(before);
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  } finally {
    if (code) await cancelTestOrder(code);
    await restore();
  }
});
