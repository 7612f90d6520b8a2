import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A fresh link token (sent once, never stored) and the hash that is stored. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

/** SHA-256 of a link token, as stored in StaffInvite.tokenHash. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
