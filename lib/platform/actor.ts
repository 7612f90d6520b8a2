import type { Db } from "./db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, isStoreScoped, parsePermissionList, type Permission } from "./permissions";

/** The signed-in staff member as every server function sees them. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string | null;
  /** null: every store; otherwise exactly these stores. */
  storeIds: string[] | null;
  /** Set when the person holds a custom role: exactly these permissions instead of the role's. */
  permissions?: ReadonlySet<Permission>;
  customRoleName?: string | null;
};

/** What the session cookie carries; everything else is read fresh from the database. */
export type SessionClaims = { userId: string; sessionVersion: number };

/**
 * Loads the actor behind a session. Returns null when the user no longer exists, is disabled,
 * or the session predates a revocation (sessionVersion bumped): such a session is dead at its
 * next request, on every instance.
 */
export async function loadActor(db: Db, claims: SessionClaims): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabledAt: true,
      sessionVersion: true,
      stores: { select: { storeId: true } },
      scopes: { select: { kind: true, value: true } },
      customRole: { select: { name: true, permissions: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    storeIds: isStoreScoped(user.role) ? await scopedStoreIds(db, user.stores, user.scopes) : null,
    ...(user.customRole
      ? {
          permissions: new Set(parsePermissionList(user.customRole.permissions)),
          customRoleName: user.customRole.name,
        }
      : {}),
  };
}

/** Linked stores plus every store of a scoped brand and the store of a scoped zone. */
async function scopedStoreIds(
  db: Db,
  stores: { storeId: string }[],
  scopes: { kind: string; value: string }[],
): Promise<string[]> {
  const ids = stores.map((s) => s.storeId);
  if (scopes.length === 0) return ids;
  const brands = scopes.filter((s) => s.kind === "BRAND").map((s) => s.value);
  const zones = scopes.filter((s) => s.kind === "ZONE").map((s) => s.value);
  const extra = await db.store.findMany({
    where: { OR: [{ brand: { in: brands } }, { zones: { some: { id: { in: zones } } } }] },
    select: { id: true },
  });
  return [...new Set([...ids, ...extra.map((s) => s.id)])];
}

/** Whether the actor holds a permission. */
export function actorCan(actor: Actor, permission: Permission): boolean {
  return actor.permissions ? actor.permissions.has(permission) : can(actor.role, permission);
}

/**
 * The `where` fragment that limits rows with a `storeId` to the actor's stores, optionally
 * narrowed to one selected store. A store outside the actor's scope matches nothing, so a
 * foreign id reads exactly like a missing one.
 */
export function storeScope(
  actor: Actor,
  selectedStoreId?: string | null,
): { storeId?: { in: string[] } } {
  if (selectedStoreId) {
    const allowed = actor.storeIds === null || actor.storeIds.includes(selectedStoreId);
    return { storeId: { in: allowed ? [selectedStoreId] : [] } };
  }
  return actor.storeIds === null ? {} : { storeId: { in: actor.storeIds } };
}

/** Whether the actor may act on a row of the given store. */
export function actorHasStore(actor: Actor, storeId: string | null): boolean {
  if (actor.storeIds === null) return true;
  return storeId !== null && actor.storeIds.includes(storeId);
}
