import type { MessageKey } from "./i18n/messages";
import type { Permission } from "./permissions";
import { can } from "./permissions";
import type { IconName } from "@/components/ui/icon";
import type { Role } from "@/lib/generated/prisma/enums";
import { APPROVER_PERMISSION } from "@/lib/approvals/domain/kinds";

/** Shown to whoever holds `permission`, or any of `anyOf` when given, unless they hold `unless`. */
export type NavItem = {
  href: string;
  label: MessageKey;
  permission: Permission;
  anyOf?: readonly Permission[];
  unless?: Permission;
  icon: IconName;
};

/** The console's areas, in menu order; each shows only to roles holding its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/orders", label: "nav.orders", permission: "orders.view", icon: "orders" },
  { href: "/dispatch", label: "nav.dispatch", permission: "dispatch.view", icon: "dispatch" },
  { href: "/support", label: "nav.support", permission: "support.view", icon: "support" },
  {
    // Report readers without the inbox (store managers); inbox users reach it by its tab.
    href: "/support/reports",
    label: "support.nav.reports",
    permission: "support.reports",
    unless: "support.view",
    icon: "support",
  },
  { href: "/analytics", label: "nav.analytics", permission: "analytics.view", icon: "analytics" },
  { href: "/campaigns", label: "nav.campaigns", permission: "campaigns.view", icon: "campaigns" },
  { href: "/menu", label: "nav.menu", permission: "menu.view", icon: "menu" },
  { href: "/team", label: "nav.team", permission: "team.view", icon: "team" },
  {
    // Team viewers and anyone who may approve one kind of request (the page's own rule).
    href: "/approvals",
    label: "team.tab.approvals",
    permission: "team.view",
    anyOf: Object.values(APPROVER_PERMISSION),
    icon: "approvals",
  },
  { href: "/settings", label: "nav.settings", permission: "settings.view", icon: "settings" },
];

/** The navigation a role (or a person with custom-role permissions) may see. */
export function navFor(
  who: Role | { role: Role; permissions?: ReadonlySet<Permission> },
): NavItem[] {
  const { role, permissions } = typeof who === "string" ? { role: who, permissions: null } : who;
  const holds = (p: Permission) => (permissions ? permissions.has(p) : can(role, p));
  return NAV_ITEMS.filter(
    (item) =>
      (holds(item.permission) || (item.anyOf ?? []).some(holds)) &&
      !(item.unless && holds(item.unless)),
  );
}
