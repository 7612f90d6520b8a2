import type { Role } from "@/lib/generated/prisma/enums";
import {
  PERMISSIONS,
  ROLE_PERMISSIONS,
  isStoreScoped,
  type Permission,
} from "@/lib/platform/permissions";

/** What the grant rules need to know about the person granting. */
export type Granter = {
  id: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  storeScoped: boolean;
};

/** The permissions a grant would give that the granter does not hold (empty: allowed). */
export function missingPermissions(
  granter: ReadonlySet<Permission>,
  granted: Iterable<Permission>,
): Permission[] {
  const missing = new Set<Permission>();
  for (const p of granted) if (!granter.has(p)) missing.add(p);
  return PERMISSIONS.filter((p) => missing.has(p));
}

export type GrantRefusal =
  | { reason: "own_role" }
  | { reason: "admin_only" }
  | { reason: "scoped_granter" }
  | { reason: "missing_permissions"; permissions: Permission[] };

/**
 * Whether a granter may give someone a built-in role (with the custom role's permissions
 * instead of the role's own, when given). Nobody changes their own role; only an admin makes
 * admins; a store-scoped granter only hands out store-staff roles; and nobody grants a
 * permission they do not hold.
 */
export function checkRoleGrant(
  granter: Granter,
  targetUserId: string | null,
  role: Role,
  customPermissions?: readonly Permission[],
): GrantRefusal | null {
  if (targetUserId === granter.id) return { reason: "own_role" };
  if (role === "PLATFORM_ADMIN" && granter.role !== "PLATFORM_ADMIN")
    return { reason: "admin_only" };
  if (granter.storeScoped && (role !== "STORE_STAFF" || !isStoreScoped(role))) {
    return { reason: "scoped_granter" };
  }
  const granted = customPermissions ?? [...ROLE_PERMISSIONS[role]];
  const missing = missingPermissions(granter.permissions, granted);
  return missing.length ? { reason: "missing_permissions", permissions: missing } : null;
}

/** Whether every store in `wanted` is inside the granter's stores (null: all stores). */
export function storesWithin(
  granterStores: readonly string[] | null,
  wanted: readonly string[],
): boolean {
  return granterStores === null || wanted.every((id) => granterStores.includes(id));
}
