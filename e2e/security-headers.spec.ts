import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Security headers on pages and API responses, and the pages still work under the CSP
// (Next's inline scripts, Leaflet and Recharts inline styles): no CSP violation is reported.
test("pages carry CSP, frame-ancestors, referrer policy and nosniff; no CSP violations", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  // plain http: no HSTS (it would pin a local run to https)
  expect(headers["strict-transport-security"]).toBeUndefined();
  await signIn(page, "admin@demo.local");
  await page.goto("/dispatch");
  await expect(page.locator(".leaflet-container").first()).toBeVisible();
  await page.goto("/analytics");
  await expect(
    page.locator(".recharts-wrapper, .recharts-responsive-container").first(),
  ).toBeVisible();
  expect(violations).toEqual([]);
});

test("HSTS is sent when the request came through TLS (x-forwarded-proto: https)", async ({
  request,
}) => {
  const response = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toContain("max-age=");
  const api = await request.get("/api/v1/orders");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});
