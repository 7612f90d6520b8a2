import Link from "next/link";
import type { Translate } from "@/lib/platform/i18n/messages";

const TABS = [
  { href: "/support", key: "support.tab.inbox" },
  { href: "/support/knowledge", key: "support.tab.knowledge" },
  { href: "/support/reports", key: "support.tab.reports" },
] as const;

/** Inbox, knowledge base and reports, as tabs of the support area (each shown if allowed). */
export function SupportTabs(props: {
  current: (typeof TABS)[number]["href"];
  t: Translate;
  show: { knowledge: boolean; reports: boolean };
}) {
  const visible = TABS.filter(
    (tab) =>
      tab.href === "/support" ||
      (tab.href === "/support/knowledge" && props.show.knowledge) ||
      (tab.href === "/support/reports" && props.show.reports),
  );
  return (
    <nav className="pills" data-testid="support-tabs" aria-label={props.t("nav.support")}>
      {visible.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className={`pill ${props.current === tab.href ? "active" : ""}`}
          aria-current={props.current === tab.href ? "page" : undefined}
        >
          {props.t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
