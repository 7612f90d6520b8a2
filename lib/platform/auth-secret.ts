import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { isProductionServer, productionSecretProblem, secretFromEnv } from "./security/secrets";

/**
 * The secret that signs session cookies: `AUTH_SECRET` (or `NEXTAUTH_SECRET`). A production
 * server takes it only from the environment and refuses a missing or placeholder value
 * (`npm start` passes a per-install one); development and tests fall back to one generated
 * once and kept in `data/`, so sessions survive restarts.
 */
export function authSecret(): string {
  if (isProductionServer(process.env)) {
    const problem = productionSecretProblem(process.env);
    if (problem) throw new Error(problem);
  }
  const fromEnv = secretFromEnv(process.env);
  if (fromEnv) return fromEnv;
  const file = path.join(process.cwd(), "data", ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
