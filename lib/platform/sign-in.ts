import type { Db } from "./db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyAgainstDummy, verifyPassword } from "./passwords";

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type SignInFailure = "invalid" | "rate_limited" | "disabled";

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
    }
  | { ok: false; reason: SignInFailure };

/** Normalises an email for lookups and rate-limit keys. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks staff credentials. Failures are rate-limited per account and per address, counted in
 * the database so every app instance shares the count; a locked account answers "rate_limited"
 * before the password is even checked, so guessing cannot go on.
 */
export async function authenticateStaff(
  db: Db,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normaliseEmail(input.email);
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [accountFailures, addressFailures] = await Promise.all([
    db.signInAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip: input.ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (
    accountFailures >= SIGN_IN_LIMITS.perAccount ||
    addressFailures >= SIGN_IN_LIMITS.perAddress
  ) {
    return { ok: false, reason: "rate_limited" };
  }

  const user = await db.user.findUnique({ where: { email } });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);
  await db.signInAttempt.create({ data: { email, ip: input.ip, success: valid, createdAt: now } });
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (user.disabledAt) return { ok: false, reason: "disabled" };

  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
