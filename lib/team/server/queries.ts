import "server-only";
import { db } from "@/lib/platform/db";
import type { Actor } from "@/lib/platform/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLES } from "@/lib/platform/permissions";
import { staffVisibleTo } from "./scope";

export type StaffRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  storeCodes: string[];
  disabled: boolean;
  lastSignInAt: Date | null;
};

export type AuditRow = {
  id: string;
  action: string;
  entityType: string;
  actorEmail: string | null;
  createdAt: Date;
  after: string | null;
};

/** Staff the actor may see, by role (admins first, as in ROLES), then name. */
export async function findStaff(actor: Actor): Promise<StaffRow[]> {
  const users = await db.user.findMany({
    where: staffVisibleTo(actor),
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      lastSignInAt: true,
      stores: { select: { store: { select: { code: true } } } },
    },
  });
  const rank = (role: Role) => ROLES.indexOf(role);
  const sorted = [...users].sort((a, b) => rank(a.role) - rank(b.role));
  return sorted.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    storeCodes: u.stores.map((s) => s.store.code).sort(),
    disabled: u.disabledAt !== null,
    lastSignInAt: u.lastSignInAt,
  }));
}

/** The newest audit entries the actor may read (store-scoped actors: their stores' and their own). */
export async function findRecentAudit(actor: Actor, limit: number): Promise<AuditRow[]> {
  const where =
    actor.storeIds === null
      ? {}
      : { OR: [{ storeId: { in: actor.storeIds } }, { actorId: actor.id }] };
  return db.auditLog.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      action: true,
      entityType: true,
      actorEmail: true,
      createdAt: true,
      after: true,
    },
  });
}
