import "server-only";
import { ROLE_PERMISSIONS } from "@/lib/platform/permissions";
import type { Actor } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import type { GrantRefusal, Granter } from "../domain/grants";

/** The grant rules' view of an actor. */
export function granterOf(actor: Actor): Granter {
  return {
    id: actor.id,
    role: actor.role,
    storeScoped: actor.storeIds !== null,
    permissions: actor.permissions ?? ROLE_PERMISSIONS[actor.role],
  };
}

/** Throws the refusal as a 403 the form and API can show. */
export function throwRefusal(refusal: GrantRefusal | null): void {
  if (!refusal) return;
  const messages: Record<GrantRefusal["reason"], string> = {
    own_role: "You cannot change your own role.",
    admin_only: "Only a platform admin may grant the admin role.",
    scoped_granter: "Store managers may only grant store staff roles.",
    missing_permissions: "You cannot grant permissions you do not hold.",
  };
  throw new AppError("forbidden", messages[refusal.reason], {
    reason: refusal.reason,
    ...(refusal.reason === "missing_permissions" ? { permissions: refusal.permissions } : {}),
  });
}
