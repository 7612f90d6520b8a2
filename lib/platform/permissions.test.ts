import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  ROLES,
  ROLE_PERMISSIONS,
  can,
  isStoreScoped,
  permissionsOf,
  type Permission,
} from "./permissions";
import { NAV_ITEMS, navFor } from "./navigation";

describe("role-to-permission map", () => {
  it("covers every role with known permissions only", () => {
    for (const role of ROLES) {
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    }
  });

  it("gives the platform admin every permission and nobody else all of them", () => {
    expect(permissionsOf("PLATFORM_ADMIN")).toEqual([...PERMISSIONS]);
    for (const role of ROLES.filter((r) => r !== "PLATFORM_ADMIN")) {
      expect(permissionsOf(role).length).toBeLessThan(PERMISSIONS.length);
    }
  });

  it.each([
    ["STORE_STAFF", "orders.accept", true],
    ["STORE_STAFF", "orders.refund", false],
    ["STORE_STAFF", "team.manage", false],
    ["STORE_STAFF", "customers.view_phone", false],
    ["STORE_MANAGER", "orders.refund", true],
    ["STORE_MANAGER", "team.manage", true],
    ["STORE_MANAGER", "campaigns.publish", false],
    ["DISPATCHER", "dispatch.assign", true],
    ["DISPATCHER", "support.reply", false],
    ["DISPATCHER", "orders.refund", false],
    ["SUPPORT_AGENT", "support.reply", true],
    ["SUPPORT_AGENT", "orders.refund", true],
    ["SUPPORT_AGENT", "campaigns.view", false],
    ["MARKETER", "campaigns.publish", true],
    ["MARKETER", "orders.view", false],
    ["SUPERVISOR", "analytics.view", true],
    ["SUPERVISOR", "team.manage", false],
    ["SUPERVISOR", "campaigns.publish", false],
  ] as const)("%s %s → %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("limits exactly the store roles to their stores", () => {
    expect(ROLES.filter(isStoreScoped)).toEqual(["STORE_MANAGER", "STORE_STAFF"]);
  });
});

describe("navigation as data", () => {
  it("shows each role only the areas its permissions open", () => {
    expect(navFor("PLATFORM_ADMIN").map((n) => n.href)).toEqual(
      NAV_ITEMS.filter((n) => !n.unless).map((n) => n.href),
    );
    expect(navFor("MARKETER").map((n) => n.href)).toEqual([
      "/analytics",
      "/campaigns",
      "/menu",
      "/approvals",
    ]);
    expect(navFor("DISPATCHER").map((n) => n.href)).toEqual(["/orders", "/dispatch"]);
    expect(navFor("STORE_STAFF").map((n) => n.href)).toEqual(["/orders", "/menu"]);
    expect(navFor("SUPPORT_AGENT").map((n) => n.href)).toEqual([
      "/orders",
      "/support",
      "/approvals",
    ]);
    // support reports without the inbox: their own entry, not the inbox's
    expect(navFor("STORE_MANAGER").map((n) => n.href)).toContain("/support/reports");
    expect(navFor("STORE_MANAGER").map((n) => n.href)).not.toContain("/support");
    expect(navFor("SUPERVISOR").map((n) => n.href)).not.toContain("/support/reports");
  });

  it("shows the approvals queue to team viewers and to approvers of any kind, by permission", () => {
    const hrefs = (permissions: Permission[]) =>
      navFor({ role: "STORE_STAFF", permissions: new Set(permissions) }).map((n) => n.href);
    expect(hrefs(["orders.view"])).toEqual(["/orders"]);
    expect(hrefs(["menu.edit"])).toEqual(["/approvals"]);
    expect(hrefs(["team.view"])).toEqual(["/team", "/approvals"]);
  });
});
