import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import { staffVisibleTo } from "./scope";
import type { SetUserDisabledInput } from "../schemas";

/**
 * Disables or re-enables a staff account. Disabling bumps the session version, so every open
 * session of that person is refused at its next request. Refuses to disable oneself, the last
 * active platform admin, or anyone outside the actor's stores (who reads as not found).
 */
export async function setUserDisabled(
  db: Db,
  actor: Actor,
  input: SetUserDisabledInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ id: string; disabled: boolean }> {
  if (input.userId === actor.id) {
    throw new AppError("conflict", "You cannot disable your own account.");
  }
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({
      where: { id: input.userId, ...staffVisibleTo(actor) },
      select: { id: true, email: true, role: true, disabledAt: true },
    });
    if (!target) throw new AppError("not_found", "No such staff member.");
    if (target.role === "PLATFORM_ADMIN" && actor.role !== "PLATFORM_ADMIN") {
      throw new AppError("forbidden", "Only a platform admin may change an admin account.");
    }
    if (input.disabled && target.role === "PLATFORM_ADMIN") {
      const activeAdmins = await tx.user.count({
        where: { role: "PLATFORM_ADMIN", disabledAt: null },
      });
      if (activeAdmins <= 1)
        throw new AppError("conflict", "The last platform admin cannot be disabled.");
    }
    if (Boolean(target.disabledAt) === input.disabled)
      return { id: target.id, disabled: input.disabled };
    await tx.user.update({
      where: { id: target.id },
      data: input.disabled
        ? { disabledAt: now, sessionVersion: { increment: 1 } }
        : { disabledAt: null },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: input.disabled ? "user.disable" : "user.enable",
        entityType: "User",
        entityId: target.id,
        before: { email: target.email, disabled: Boolean(target.disabledAt) },
        after: { email: target.email, disabled: input.disabled },
      },
      meta,
    );
    return { id: target.id, disabled: input.disabled };
  });
}
