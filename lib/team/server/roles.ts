import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import { PERMISSIONS, parsePermissionList, type Permission } from "@/lib/platform/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { missingPermissions } from "../domain/grants";
import type { CustomRoleInput } from "../schemas";
import { granterOf } from "./grant-context";

export type CustomRoleRow = {
  id: string;
  name: string;
  baseRole: Role;
  permissions: Permission[];
  users: number;
};

/** Every custom role with its permissions and how many people hold it. */
export async function findCustomRoles(db: Db): Promise<CustomRoleRow[]> {
  const roles = await db.customRole.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      baseRole: true,
      permissions: true,
      _count: { select: { users: true } },
    },
  });
  return roles.map((r) => ({
    id: r.id,
    name: r.name,
    baseRole: r.baseRole,
    permissions: parsePermissionList(r.permissions),
    users: r._count.users,
  }));
}

function refuseEscalation(actor: Actor, permissions: readonly Permission[]) {
  const missing = missingPermissions(granterOf(actor).permissions, permissions);
  if (missing.length) {
    throw new AppError("forbidden", "You cannot grant permissions you do not hold.", {
      reason: "missing_permissions",
      permissions: missing,
    });
  }
}

/**
 * Creates or edits a custom role. Only platform-wide roles manage roles; neither the old nor
 * the new permission set may hold a permission the actor lacks, and nobody edits the role
 * they hold themselves. Holders get the new permissions at their next request.
 */
export async function saveCustomRole(
  db: Db,
  actor: Actor,
  input: CustomRoleInput,
  meta?: RequestMeta,
) {
  if (actor.storeIds !== null)
    throw new AppError("forbidden", "Only platform-wide roles manage roles.");
  const permissions = PERMISSIONS.filter((p) => input.permissions.includes(p));
  refuseEscalation(actor, permissions);
  if (input.baseRole === "PLATFORM_ADMIN" && actor.role !== "PLATFORM_ADMIN") {
    throw new AppError("forbidden", "Only a platform admin may base a role on the admin role.");
  }
  return db.$transaction(async (tx) => {
    const clash = await tx.customRole.findFirst({
      where: { name: input.name, ...(input.id ? { NOT: { id: input.id } } : {}) },
      select: { id: true },
    });
    if (clash)
      throw new AppError("conflict", "A role with this name exists.", {
        fields: { name: ["A role with this name exists."] },
      });
    if (!input.id) {
      const created = await tx.customRole.create({
        data: {
          name: input.name,
          baseRole: input.baseRole,
          permissions: JSON.stringify(permissions),
        },
      });
      await recordAudit(
        tx,
        actor,
        {
          action: "role.create",
          entityType: "CustomRole",
          entityId: created.id,
          after: { name: input.name, baseRole: input.baseRole, permissions },
        },
        meta,
      );
      return { id: created.id };
    }
    const existing = await tx.customRole.findUnique({ where: { id: input.id } });
    if (!existing) throw new AppError("not_found", "No such role.");
    if (actor.customRoleName === existing.name)
      throw new AppError("forbidden", "You cannot change the role you hold.");
    const old = parsePermissionList(existing.permissions);
    refuseEscalation(actor, old);
    await tx.customRole.update({
      where: { id: existing.id },
      data: {
        name: input.name,
        baseRole: input.baseRole,
        permissions: JSON.stringify(permissions),
      },
    });
    await recordAudit(
      tx,
      actor,
      {
        action: "role.update",
        entityType: "CustomRole",
        entityId: existing.id,
        before: { name: existing.name, baseRole: existing.baseRole, permissions: old },
        after: { name: input.name, baseRole: input.baseRole, permissions },
      },
      meta,
    );
    return { id: existing.id };
  });
}

/** Deletes a custom role nobody holds. */
export async function deleteCustomRole(db: Db, actor: Actor, id: string, meta?: RequestMeta) {
  if (actor.storeIds !== null)
    throw new AppError("forbidden", "Only platform-wide roles manage roles.");
  return db.$transaction(async (tx) => {
    const role = await tx.customRole.findUnique({
      where: { id },
      include: { _count: { select: { users: true } } },
    });
    if (!role) throw new AppError("not_found", "No such role.");
    if (role._count.users > 0) throw new AppError("conflict", "People still hold this role.");
    refuseEscalation(actor, parsePermissionList(role.permissions));
    await tx.customRole.delete({ where: { id } });
    await recordAudit(
      tx,
      actor,
      {
        action: "role.delete",
        entityType: "CustomRole",
        entityId: id,
        before: { name: role.name },
      },
      meta,
    );
    return { id };
  });
}
