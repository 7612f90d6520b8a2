import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "waimai-demo";

/** Signs in through the real form and waits for the console to show the user. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  // Password hashing plus the first render of a dashboard can take a while on a loaded machine.
  await expect(page.getByTestId("current-user")).toBeVisible({ timeout: 30_000 });
}

/** The hrefs of the sidebar navigation, in order. */
export async function navHrefs(page: Page): Promise<string[]> {
  return page
    .locator(".console-nav a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}
