import type { MessageKey } from "./i18n/messages";
import type { Permission } from "./permissions";
import { can } from "./permissions";
import type { IconName } from "@/components/ui/icon";
import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: MessageKey; permission: Permission; icon: IconName };

/** The console's areas, in menu order; each shows only to roles holding its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/orders", label: "nav.orders", permission: "orders.view", icon: "orders" },
  { href: "/dispatch", label: "nav.dispatch", permission: "dispatch.view", icon: "dispatch" },
  { href: "/support", label: "nav.support", permission: "support.view", icon: "support" },
  { href: "/analytics", label: "nav.analytics", permission: "analytics.view", icon: "analytics" },
  { href: "/campaigns", label: "nav.campaigns", permission: "campaigns.view", icon: "campaigns" },
  { href: "/menu", label: "nav.menu", permission: "menu.view", icon: "menu" },
  { href: "/team", label: "nav.team", permission: "team.view", icon: "team" },
  { href: "/settings", label: "nav.settings", permission: "settings.view", icon: "settings" },
];

/** The navigation a role (or a person with custom-role permissions) may see. */
export function navFor(
  who: Role | { role: Role; permissions?: ReadonlySet<Permission> },
): NavItem[] {
  if (typeof who === "string") return NAV_ITEMS.filter((item) => can(who, item.permission));
  const { role, permissions } = who;
  return NAV_ITEMS.filter((item) =>
    permissions ? permissions.has(item.permission) : can(role, item.permission),
  );
}
