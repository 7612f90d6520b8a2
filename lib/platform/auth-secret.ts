import "server-only";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

/**
 * The secret that signs session cookies: `AUTH_SECRET` (or `NEXTAUTH_SECRET`) when set, as it
 * must be for several instances; otherwise one generated once and kept in `data/`, so a
 * single-machine install works with no configuration and sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(process.cwd(), "data", ".auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
