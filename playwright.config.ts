import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "./lib/testing/chromium";

// Browser tests run the real built app (`next start`) on a freshly seeded SQLite file in a real
// Chromium. Debian's /usr/bin/chromium is used when present (Playwright's own browser download
// is not possible on our machines); CHROMIUM_PATH overrides it.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const chromiumPath = chromiumExecutable();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  // `npm test` retries a failed browser test once (E2E_RETRIES=1): a retry that passes is
  // reported as flaky; a test failing twice fails the run.
  retries: Number(process.env.E2E_RETRIES ?? (process.env.CI ? 1 : 0)),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // scripts/e2e-isolated.mjs gives each parallel run its own output folder.
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  reporter: [
    ["list"],
    ["json", { outputFile: `${process.env.E2E_OUTPUT_DIR ?? "test-reports"}/e2e-results.json` }],
  ],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(chromiumPath ? { executablePath: chromiumPath } : {}),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `${BASE_URL}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      NEXTAUTH_URL: BASE_URL,
      AUTH_SECRET: "e2e-only-secret-not-for-production-0000000000",
    },
  },
});
