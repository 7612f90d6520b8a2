// Rules for the session secret. Pure, so the start-up check, the auth config and the tests
// share one definition of "good enough for production".

/** Placeholder values seen in tutorials and .env templates: never acceptable in production. */
export const DEV_DEFAULT_SECRETS: readonly string[] = [
  "secret",
  "changeme",
  "change-me",
  "change_me",
  "changethis",
  "development",
  "dev",
  "dev-secret",
  "development-secret",
  "test",
  "test-secret",
  "nextauth-secret",
  "auth-secret",
  "your-secret",
  "your-secret-here",
  "replace-me",
  "supersecret",
  "waimai-demo",
];

export const MIN_SECRET_LENGTH = 32;

type Env = Record<string, string | undefined>;

/** The session secret the environment provides (AUTH_SECRET, or NextAuth's NEXTAUTH_SECRET). */
export function secretFromEnv(env: Env): string | undefined {
  const value = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  return value && value.trim() !== "" ? value : undefined;
}

/** Why a secret is unfit to sign production sessions, or null when it is fine. */
export function weakSecretReason(secret: string): string | null {
  const normalized = secret.trim().toLowerCase();
  if (DEV_DEFAULT_SECRETS.includes(normalized)) return "it is a well-known placeholder value";
  if (secret.length < MIN_SECRET_LENGTH) {
    return `it has ${secret.length} characters; use at least ${MIN_SECRET_LENGTH}`;
  }
  if (new Set(secret).size < 8) return "it repeats a few characters; use a random value";
  return null;
}

/**
 * What stops a production server from starting, or null. Production reads the secret only from
 * the environment (never a file or a default): missing, placeholder or short values are refused,
 * with the command that makes a good one.
 */
export function productionSecretProblem(env: Env): string | null {
  const secret = secretFromEnv(env);
  const fix =
    "Set AUTH_SECRET to the same random value on every instance, e.g. `AUTH_SECRET=$(openssl rand -base64 32)`.";
  if (!secret) return `AUTH_SECRET (or NEXTAUTH_SECRET) is not set. ${fix}`;
  const reason = weakSecretReason(secret);
  return reason ? `AUTH_SECRET is not fit for production: ${reason}. ${fix}` : null;
}

/** Whether this process serves production traffic (next start), not a build or dev server. */
export function isProductionServer(env: Env): boolean {
  return env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build";
}
