import type { MessageKey } from "./i18n/messages";
import type { Permission } from "./permissions";
import { can } from "./permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: MessageKey; permission: Permission; icon: string };

/** The console's areas, in menu order; each shows only to roles holding its permission. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/orders", label: "nav.orders", permission: "orders.view", icon: "🧾" },
  { href: "/dispatch", label: "nav.dispatch", permission: "dispatch.view", icon: "🛵" },
  { href: "/support", label: "nav.support", permission: "support.view", icon: "💬" },
  { href: "/analytics", label: "nav.analytics", permission: "analytics.view", icon: "📈" },
  { href: "/campaigns", label: "nav.campaigns", permission: "campaigns.view", icon: "🎯" },
  { href: "/menu", label: "nav.menu", permission: "menu.view", icon: "🍜" },
  { href: "/team", label: "nav.team", permission: "team.view", icon: "👥" },
  { href: "/settings", label: "nav.settings", permission: "settings.view", icon: "⚙️" },
];

/** The navigation a role may see. */
export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
