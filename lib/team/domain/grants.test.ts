import { describe, expect, it } from "vitest";
import { ROLE_PERMISSIONS, type Permission } from "@/lib/platform/permissions";
import { checkRoleGrant, missingPermissions, storesWithin, type Granter } from "./grants";

const granter = (
  role: Granter["role"],
  storeScoped = false,
  permissions?: Permission[],
): Granter => ({
  id: "me",
  role,
  storeScoped,
  permissions: new Set(permissions ?? ROLE_PERMISSIONS[role]),
});

describe("no escalation through grants", () => {
  it("refuses changing one's own role, even to a lower one", () => {
    expect(checkRoleGrant(granter("PLATFORM_ADMIN"), "me", "STORE_STAFF")).toEqual({
      reason: "own_role",
    });
  });

  it("lets only an admin make admins", () => {
    expect(checkRoleGrant(granter("SUPERVISOR"), "u1", "PLATFORM_ADMIN")).toEqual({
      reason: "admin_only",
    });
    expect(checkRoleGrant(granter("PLATFORM_ADMIN"), "u1", "PLATFORM_ADMIN")).toBeNull();
  });

  it("keeps a store manager to store staff", () => {
    const manager = granter("STORE_MANAGER", true);
    expect(checkRoleGrant(manager, "u1", "STORE_STAFF")).toBeNull();
    expect(checkRoleGrant(manager, "u1", "STORE_MANAGER")).toEqual({ reason: "scoped_granter" });
    expect(checkRoleGrant(manager, "u1", "SUPERVISOR")).toEqual({ reason: "scoped_granter" });
  });

  it("refuses any role or custom role holding a permission the granter lacks", () => {
    // A supervisor lacks menu.edit and team.manage, which a store manager holds.
    const refusal = checkRoleGrant(granter("SUPERVISOR"), "u1", "STORE_MANAGER");
    expect(refusal).toMatchObject({ reason: "missing_permissions" });
    expect(refusal && "permissions" in refusal ? refusal.permissions : []).toContain("menu.edit");
    expect(checkRoleGrant(granter("SUPERVISOR"), "u1", "DISPATCHER")).toMatchObject({
      reason: "missing_permissions",
      permissions: ["dispatch.zones"],
    });
    expect(checkRoleGrant(granter("SUPERVISOR"), "u1", "SUPPORT_AGENT")).toBeNull();
    const custom = checkRoleGrant(granter("STORE_MANAGER", true), "u1", "STORE_STAFF", [
      "orders.view",
      "settings.manage",
      "audit.view",
    ]);
    expect(custom).toEqual({ reason: "missing_permissions", permissions: ["audit.view"] });
  });

  it("lists missing permissions in catalogue order, once", () => {
    expect(
      missingPermissions(new Set(["orders.view"]), [
        "team.manage",
        "orders.view",
        "audit.view",
        "team.manage",
      ]),
    ).toEqual(["team.manage", "audit.view"]);
  });

  it("keeps store assignments inside the granter's stores", () => {
    expect(storesWithin(["a", "b"], ["a"])).toBe(true);
    expect(storesWithin(["a"], ["a", "c"])).toBe(false);
    expect(storesWithin(null, ["z"])).toBe(true);
  });
});
