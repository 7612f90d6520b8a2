import { existsSync } from "node:fs";

/**
 * Flags for headless Chromium on machines without internet: without the background-networking
 * flags Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium when present, else Playwright's own browser. */
export function chromiumExecutable(): string | undefined {
  return (
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined)
  );
}
