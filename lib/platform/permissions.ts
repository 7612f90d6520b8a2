import type { Role } from "@/lib/generated/prisma/enums";

/** Every permission the app checks, by name. */
export const PERMISSIONS = [
  "orders.view",
  "orders.accept",
  "orders.update",
  "orders.cancel",
  "orders.refund",
  "orders.create",
  "customers.view_phone",
  "dispatch.view",
  "dispatch.assign",
  "dispatch.reassign",
  "dispatch.zones",
  "support.view",
  "support.reply",
  "support.compensate",
  "support.manage",
  "support.reports",
  "analytics.view",
  "campaigns.view",
  "campaigns.edit",
  "campaigns.publish",
  "menu.view",
  "menu.edit",
  "stock.adjust",
  "supply.manage",
  "team.view",
  "team.manage",
  "audit.view",
  "settings.view",
  "settings.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = [
  "PLATFORM_ADMIN",
  "SUPERVISOR",
  "DISPATCHER",
  "SUPPORT_AGENT",
  "MARKETER",
  "STORE_MANAGER",
  "STORE_STAFF",
] as const satisfies readonly Role[];

/** Roles limited to the stores they are linked to; the others see every store. */
export const STORE_SCOPED_ROLES: ReadonlySet<Role> = new Set(["STORE_MANAGER", "STORE_STAFF"]);

const ALL = new Set<Permission>(PERMISSIONS);

// The one role-to-permission map. Only a platform admin holds every permission.
export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  PLATFORM_ADMIN: ALL,
  SUPERVISOR: new Set<Permission>([
    "orders.view",
    "orders.accept",
    "orders.update",
    "orders.cancel",
    "orders.refund",
    "orders.create",
    "customers.view_phone",
    "dispatch.view",
    "dispatch.assign",
    "dispatch.reassign",
    "support.view",
    "support.reply",
    "support.compensate",
    "support.manage",
    "support.reports",
    "analytics.view",
    "campaigns.view",
    "menu.view",
    "team.view",
    "audit.view",
    "settings.view",
  ]),
  DISPATCHER: new Set<Permission>([
    "orders.view",
    "dispatch.view",
    "dispatch.assign",
    "dispatch.reassign",
    "dispatch.zones",
  ]),
  SUPPORT_AGENT: new Set<Permission>([
    "orders.view",
    "orders.cancel",
    "orders.refund",
    "customers.view_phone",
    "support.view",
    "support.reply",
    "support.compensate",
    "support.reports",
  ]),
  MARKETER: new Set<Permission>([
    "analytics.view",
    "campaigns.view",
    "campaigns.edit",
    "campaigns.publish",
    "menu.view",
  ]),
  STORE_MANAGER: new Set<Permission>([
    "orders.view",
    "orders.accept",
    "orders.update",
    "orders.cancel",
    "orders.refund",
    "orders.create",
    "customers.view_phone",
    "support.reports",
    "analytics.view",
    "campaigns.view",
    "menu.view",
    "menu.edit",
    "stock.adjust",
    "supply.manage",
    "team.view",
    "team.manage",
    "settings.view",
    "settings.manage",
  ]),
  STORE_STAFF: new Set<Permission>([
    "orders.view",
    "orders.accept",
    "orders.update",
    "menu.view",
    "stock.adjust",
  ]),
};

/** Whether a role holds a permission. */
export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

/** The permissions of a role, in the order of PERMISSIONS. */
export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].has(p));
}

/** The known permissions in a stored JSON list (unknown names are dropped, never granted). */
export function parsePermissionList(json: string): Permission[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  const known = new Set<string>(PERMISSIONS);
  return Array.isArray(raw) ? PERMISSIONS.filter((p) => raw.includes(p) && known.has(p)) : [];
}

/** Whether a role is limited to its linked stores. */
export function isStoreScoped(role: Role): boolean {
  return STORE_SCOPED_ROLES.has(role);
}
