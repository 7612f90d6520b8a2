import "server-only";
import type { Db } from "@/lib/platform/db-client";
import { AppError } from "@/lib/platform/errors";
import { recordAudit } from "@/lib/platform/audit";
import type { Actor } from "@/lib/platform/actor";
import type { RequestMeta } from "@/lib/platform/guard";
import { isStoreScoped, parsePermissionList } from "@/lib/platform/permissions";
import { checkRoleGrant, storesWithin } from "../domain/grants";
import type { UpdateStaffInput } from "../schemas";
import { granterOf, throwRefusal } from "./grant-context";
import { staffVisibleTo } from "./scope";

/**
 * Sets a staff member's name, role (built-in or custom), stores and brand/zone scope. Role
 * and scope changes are grants: refused when they would give a permission the actor lacks,
 * touch the actor's own access, reach outside the actor's stores or demote the last admin.
 * The change applies at the person's next request (the actor is read fresh each request).
 */
export async function updateStaff(
  db: Db,
  actor: Actor,
  input: UpdateStaffInput,
  meta?: RequestMeta,
) {
  return db.$transaction(async (tx) => {
    const target = await tx.user.findFirst({
      where: { id: input.userId, ...staffVisibleTo(actor) },
      include: { stores: { select: { storeId: true } }, scopes: true, customRole: true },
    });
    if (!target) throw new AppError("not_found", "No such staff member.");
    const custom = input.customRoleId
      ? await tx.customRole.findUnique({ where: { id: input.customRoleId } })
      : null;
    if (input.customRoleId && !custom) {
      throw new AppError("validation", "Unknown role.", {
        fields: { customRoleId: ["Unknown role."] },
      });
    }
    const role = custom?.baseRole ?? input.role;
    const before = {
      name: target.name,
      role: target.role,
      customRole: target.customRole?.name ?? null,
      storeIds: target.stores.map((s) => s.storeId).sort(),
      brands: target.scopes
        .filter((s) => s.kind === "BRAND")
        .map((s) => s.value)
        .sort(),
      zoneIds: target.scopes
        .filter((s) => s.kind === "ZONE")
        .map((s) => s.value)
        .sort(),
    };
    const after = {
      name: input.name,
      role,
      customRole: custom?.name ?? null,
      storeIds: [...new Set(input.storeIds)].sort(),
      brands: [...new Set(input.brands)].sort(),
      zoneIds: [...new Set(input.zoneIds)].sort(),
    };
    const accessChanged =
      before.role !== after.role ||
      before.customRole !== after.customRole ||
      JSON.stringify([before.storeIds, before.brands, before.zoneIds]) !==
        JSON.stringify([after.storeIds, after.brands, after.zoneIds]);
    if (accessChanged) {
      const granter = granterOf(actor);
      // Both the access being removed and the access being given must be within the actor's.
      throwRefusal(
        checkRoleGrant(
          granter,
          target.id,
          target.role,
          target.customRole ? parsePermissionList(target.customRole.permissions) : undefined,
        ),
      );
      throwRefusal(
        checkRoleGrant(
          granter,
          target.id,
          role,
          custom ? parsePermissionList(custom.permissions) : undefined,
        ),
      );
      if (!storesWithin(actor.storeIds, after.storeIds))
        throw new AppError("not_found", "No such store.");
      if (actor.storeIds !== null && (after.brands.length || after.zoneIds.length)) {
        throw new AppError("forbidden", "Only platform-wide roles scope people by brand or zone.");
      }
      if (
        isStoreScoped(role) &&
        after.storeIds.length + after.brands.length + after.zoneIds.length === 0
      ) {
        throw new AppError("validation", "Pick at least one store, brand or zone.", {
          fields: { storeIds: ["Pick at least one store, brand or zone."] },
        });
      }
      if (target.role === "PLATFORM_ADMIN" && role !== "PLATFORM_ADMIN" && !target.disabledAt) {
        const admins = await tx.user.count({ where: { role: "PLATFORM_ADMIN", disabledAt: null } });
        if (admins <= 1)
          throw new AppError("conflict", "The last platform admin cannot be demoted.");
      }
    }
    await tx.user.update({
      where: { id: target.id },
      data: { name: input.name, role, customRoleId: custom?.id ?? null },
    });
    if (accessChanged) {
      await tx.userStore.deleteMany({ where: { userId: target.id } });
      await tx.userStore.createMany({
        data: after.storeIds.map((storeId) => ({ userId: target.id, storeId })),
      });
      await tx.userScope.deleteMany({ where: { userId: target.id } });
      await tx.userScope.createMany({
        data: [
          ...after.brands.map((value) => ({ userId: target.id, kind: "BRAND", value })),
          ...after.zoneIds.map((value) => ({ userId: target.id, kind: "ZONE", value })),
        ],
      });
    }
    await recordAudit(
      tx,
      actor,
      {
        action: "user.update",
        entityType: "User",
        entityId: target.id,
        storeId: after.storeIds[0] ?? null,
        before,
        after,
      },
      meta,
    );
    return { id: target.id };
  });
}
