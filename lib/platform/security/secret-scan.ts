// Finds hard-coded secrets in source files. Pure (takes file contents), so the repository scan
// and its own tests share it.

export type SourceFile = { path: string; text: string };
export type SecretFinding = { path: string; line: number; rule: string; excerpt: string };

/**
 * Literal values that may appear in tracked files, each with why. Everything else that looks
 * like a secret fails the scan.
 */
export const ALLOWED_SECRET_LITERALS: Record<string, string> = {
  "waimai-demo": "the documented demo password (README, seed, e2e helpers)",
  "e2e-only-secret-not-for-production-0000000000":
    "session secret of the throwaway Playwright server (playwright.config.ts)",
  "bench-only-secret-0000000000000000000000": "session secret of the crash bench's servers",
};

/** Placeholder passwords in documented connection strings (`postgresql://user:pass@host`). */
const PLACEHOLDER_PASSWORDS = new Set(["pass", "password", "secret", "postgres", "<password>"]);

/** Test code may hold throwaway passwords for throwaway databases; it never reaches production. */
export function isTestPath(path: string): boolean {
  return /(^|\/)(e2e|bench|lib\/testing)\/|\.test\.tsx?$|\.spec\.tsx?$/.test(path);
}

type Rule = {
  name: string;
  pattern: RegExp;
  /** Which capture group holds the value checked against the allow-list (none: always a finding). */
  valueGroup?: number;
  /** Whether test code is exempt (throwaway passwords); keys and tokens never are. */
  testExempt?: boolean;
  allowed?: (value: string) => boolean;
};

const allowedLiteral = (value: string) => value in ALLOWED_SECRET_LITERALS;

const RULES: Rule[] = [
  { name: "private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: "AWS access key", pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { name: "GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/ },
  { name: "Slack token", pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { name: "Stripe key", pattern: /\b[sr]k_live_[A-Za-z0-9]{16,}/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  // Our own API keys and courier tokens are derived from the seed at run time, never written out.
  { name: "console API key", pattern: /\bwkc?_[a-z0-9]+_[a-z0-9_]*[0-9a-f]{16,}\b/ },
  {
    name: "session secret",
    pattern:
      /\b(?:AUTH_SECRET|NEXTAUTH_SECRET|JWT_SECRET|SECRET_KEY)\b\s*[:=]\s*["'`]([^"'`$]+)["'`]/,
    valueGroup: 1,
    allowed: allowedLiteral,
  },
  {
    name: "secret option",
    pattern: /\bsecret\s*:\s*["'`]([^"'`$]{6,})["'`]/,
    valueGroup: 1,
    testExempt: true,
    allowed: allowedLiteral,
  },
  {
    name: "password literal",
    pattern: /\b(?:password|passwd|PASSWORD|DEMO_PASSWORD)\w*\s*[:=]\s*["'`]([^"'`$]{3,})["'`]/,
    valueGroup: 1,
    testExempt: true,
    allowed: allowedLiteral,
  },
  {
    name: "password in a connection string",
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@"'`]+:([^@\s"'`$]+)@/,
    valueGroup: 1,
    allowed: (value) => PLACEHOLDER_PASSWORDS.has(value),
  },
];

/** Files that must never be tracked at all. */
const FORBIDDEN_FILES = /(^|\/)(\.env(\.[a-z]+)?|\.auth-secret|id_rsa|id_ed25519|.*\.pem|.*\.p12)$/;

/** Every hard-coded secret in the given files. */
export function scanForSecrets(files: SourceFile[]): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const file of files) {
    if (FORBIDDEN_FILES.test(file.path) && !file.path.endsWith(".env.example")) {
      findings.push({ path: file.path, line: 0, rule: "secret file tracked", excerpt: "" });
      continue;
    }
    const test = isTestPath(file.path);
    file.text.split("\n").forEach((text, index) => {
      for (const rule of RULES) {
        if (test && rule.testExempt) continue;
        const match = rule.pattern.exec(text);
        if (!match) continue;
        const value = rule.valueGroup === undefined ? undefined : match[rule.valueGroup];
        if (value !== undefined && rule.allowed?.(value)) continue;
        findings.push({
          path: file.path,
          line: index + 1,
          rule: rule.name,
          excerpt: text.trim().slice(0, 120),
        });
      }
    });
  }
  return findings;
}
