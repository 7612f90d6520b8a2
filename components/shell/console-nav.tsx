"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { Icon } from "@/components/ui/icon";
import type { NavItem } from "@/lib/platform/navigation";

/** The sidebar menu; the current area is highlighted. */
export function ConsoleNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const { t } = useI18n();
  return (
    <nav aria-label={t("shell.mainNav")} className="console-nav">
      <ul>
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={active ? "page" : undefined}>
                <Icon name={item.icon} />
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
