import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import type { ReactNode } from "react";
import type { NavItem } from "@/lib/platform/navigation";
import type { StoreOption } from "@/lib/stores/server/queries";
import { ConsoleNav } from "./console-nav";
import { LanguageSwitch } from "./language-switch";
import { StoreSwitcher } from "./store-switcher";
import { SignOutButton } from "./sign-out-button";

type ShellUser = { name: string; email: string; roleLabel: string };

/** The console frame: sidebar navigation, top bar with store, language and user. */
export function ConsoleShell(props: {
  appName: string;
  nav: NavItem[];
  user: ShellUser;
  stores: StoreOption[];
  selectedStoreId: string | null;
  children: ReactNode;
}) {
  return (
    <div className="console">
      <aside className="console-sidebar">
        <div className="brand">
          <Icon name="brand" size={22} /> {props.appName}
        </div>
        <ConsoleNav items={props.nav} />
      </aside>
      <div className="console-main">
        <header className="console-topbar">
          <StoreSwitcher stores={props.stores} selectedId={props.selectedStoreId} />
          <div className="topbar-right">
            <LanguageSwitch />
            <div className="user-chip" data-testid="current-user">
              <Link href="/profile" className="user-chip-name">
                <strong>{props.user.name}</strong>
              </Link>
              <span className="badge" data-testid="current-role">
                {props.user.roleLabel}
              </span>
            </div>
            <SignOutButton />
          </div>
        </header>
        <main className="console-content">{props.children}</main>
      </div>
    </div>
  );
}
