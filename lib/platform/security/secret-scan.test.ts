import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scanForSecrets, type SourceFile } from "./secret-scan";

// Planted values are assembled at run time, so this file does not trip the real scan.
const join = (...parts: string[]) => parts.join("");

describe("scanForSecrets", () => {
  it("finds each kind of hard-coded secret", () => {
    const planted: SourceFile[] = [
      {
        path: "lib/a.ts",
        text: `export const authOptions = { secret: "${join("s3cr3t", "-prod-value")}" };`,
      },
      { path: "lib/b.ts", text: `process.env.AUTH_SECRET = "${join("changeme", "-please")}";` },
      { path: "lib/c.ts", text: `const password = "${join("hunter", "2hunter2")}";` },
      {
        path: "scripts/d.mjs",
        text: `const url = "postgresql://app:${join("Tr0ub4dor", "&3")}@db:5432/x";`,
      },
      { path: "README.md", text: `key: ${join("AKIA", "ABCDEFGHIJKLMNOP")}` },
      { path: "lib/e.ts", text: `// ${join("-----BEGIN RSA ", "PRIVATE KEY-----")}` },
      {
        path: "e2e/f.spec.ts",
        text: `const key = "${join("wk_s01_storefront_", "0123456789abcdef0123")}";`,
      },
      { path: ".env", text: "AUTH_SECRET=x" },
    ];
    const rules = scanForSecrets(planted).map((f) => `${f.path}:${f.rule}`);
    expect(rules).toEqual([
      "lib/a.ts:secret option",
      "lib/b.ts:session secret",
      "lib/c.ts:password literal",
      "scripts/d.mjs:password in a connection string",
      "README.md:AWS access key",
      "lib/e.ts:private key",
      "e2e/f.spec.ts:console API key",
      ".env:secret file tracked",
    ]);
  });

  it("allows the documented demo password, placeholders, env reads and test passwords", () => {
    const fine: SourceFile[] = [
      { path: "lib/seed/demo-logins.ts", text: 'export const DEMO_PASSWORD = "waimai-demo";' },
      { path: "README.md", text: "DATABASE_URL=postgresql://user:pass@host:5432/waimai" },
      { path: "lib/x.ts", text: "const secret = process.env.AUTH_SECRET ?? fallback();" },
      { path: "lib/x.test.ts", text: 'await signIn({ password: "right-pass-1" });' },
      { path: "lib/y.ts", text: 'const label = "Password";' },
    ];
    expect(scanForSecrets(fine)).toEqual([]);
  });
});

describe("the repository", () => {
  it("holds no hard-coded secrets in its tracked files", () => {
    const paths = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" })
      .split("\0")
      .filter((p) => p && !/^(package-lock\.json|public\/|lib\/generated\/)/.test(p))
      .filter((p) => !/\.(png|jpe?g|gif|ico|webp|woff2?|db|zip|gz)$/i.test(p));
    const files: SourceFile[] = [];
    for (const path of paths) {
      try {
        files.push({ path, text: readFileSync(path, "utf8") });
      } catch {
        // Deleted in the working tree but still tracked: nothing to scan.
      }
    }
    console.log(`secret scan: ${files.length} tracked files`);
    expect(files.length).toBeGreaterThan(100);
    expect(scanForSecrets(files)).toEqual([]);
  });
});
