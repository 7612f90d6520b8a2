// Takes the README screenshots from a running console: `npm start` in one shell, then
// `npx tsx scripts/screenshots.ts [baseUrl]`. Chinese glyphs need a CJK font (Debian: fonts-noto-cjk).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "@/lib/testing/chromium";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const outDir = "public/screenshots";
const pages = ["orders", "analytics", "dispatch", "support", "menu", "team"];

async function main() {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  for (const locale of ["zh-CN", "en"] as const) {
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.locator('input[name="email"]').fill("admin@demo.local");
    await page.locator('input[name="password"]').fill("waimai-demo");
    await page.locator('button[type="submit"]').click();
    await page.getByTestId("current-user").waitFor();
    const tag = locale === "en" ? "en" : "zh";
    for (const name of pages) {
      await page.goto(`${baseUrl}/${name}`);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: `${outDir}/${name}-${tag}.png` });
    }
    await context.close();
  }
  await browser.close();
  console.log(`screenshots written to ${outDir}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
