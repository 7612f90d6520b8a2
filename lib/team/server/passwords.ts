import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import { hashPassword, verifyPassword } from "@/lib/platform/passwords";
import type { ChangePasswordInput, ResetPasswordInput } from "../schemas";
import { claimLink } from "./invites";
import { staffVisibleTo } from "./scope";
import { newLinkToken } from "./tokens";

const RESET_HOURS = 24;

/**
 * Makes a single-use password reset link for a staff member the actor manages; earlier
 * unused reset links of that person stop working.
 */
export async function createResetLink(
  db: Db,
  actor: Actor,
  userId: string,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ token: string; path: string; expiresAt: Date }> {
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + RESET_HOURS * 3_600_000);
  await db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({
      where: { id: userId, ...staffVisibleTo(actor) },
      select: { id: true, email: true, role: true },
    });
    if (!target) throw new AppError("not_found", "No such staff member.");
    if (target.role === "PLATFORM_ADMIN" && actor.role !== "PLATFORM_ADMIN") {
      throw new AppError("forbidden", "Only a platform admin may reset an admin's password.");
    }
    await tx.staffInvite.updateMany({
      where: { userId: target.id, kind: "RESET", usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.staffInvite.create({
      data: {
        kind: "RESET",
        tokenHash,
        email: target.email,
        userId: target.id,
        createdById: actor.id,
        expiresAt,
      },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "user.reset_link",
        entityType: "User",
        entityId: target.id,
        after: { email: target.email, expiresAt },
      },
      meta,
    );
  });
  return { token, path: `/invite/${token}`, expiresAt };
}

/** Sets a new password through a reset link and signs the person out everywhere. */
export async function resetPasswordWithLink(
  db: Db,
  input: ResetPasswordInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const link = await claimLink(tx, input.token, "RESET", now);
    const user = link.userId ? await tx.user.findUnique({ where: { id: link.userId } }) : null;
    if (!user || user.disabledAt) throw new AppError("not_found", "This link is not valid.");
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    const self: Actor = {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: null,
      storeIds: null,
    };
    await recordAudit(
      tx,
      self,
      { action: "user.password_reset", entityType: "User", entityId: user.id },
      meta,
    );
    return { email: user.email };
  });
}

/**
 * Changes the actor's own password after checking the current one; other sessions (and this
 * one) are signed out, so the person signs in again with the new password.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: ChangePasswordInput,
  meta?: RequestMeta,
): Promise<{ ok: true }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    throw new AppError("validation", "The current password is wrong.", {
      fields: { current: ["The current password is wrong."] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      { action: "user.password_change", entityType: "User", entityId: actor.id },
      meta,
    );
  });
  return { ok: true };
}
