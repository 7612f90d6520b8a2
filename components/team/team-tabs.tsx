import Link from "next/link";
import type { Translate } from "@/lib/platform/i18n/messages";
import { actorCan, type Actor } from "@/lib/platform/actor";

const TABS = [
  { href: "/team", label: "team.tab.staff", show: () => true },
  { href: "/team/roles", label: "team.tab.roles", show: () => true },
  { href: "/team/shifts", label: "team.tab.shifts", show: () => true },
  { href: "/team/performance", label: "team.tab.performance", show: () => true },
  { href: "/team/training", label: "team.tab.training", show: () => true },
  { href: "/approvals", label: "team.tab.approvals", show: () => true },
  { href: "/team/audit", label: "team.tab.audit", show: (a: Actor) => actorCan(a, "audit.view") },
  { href: "/profile", label: "team.tab.profile", show: () => true },
] as const;

/** The team area's sections, as links (the current one marked). */
export function TeamTabs(props: { actor: Actor; current: string; t: Translate }) {
  return (
    <nav className="status-pills" aria-label="team" data-testid="team-tabs">
      {TABS.filter((tab) => tab.show(props.actor)).map((tab) => (
        <Link
          key={tab.href}
          className="status-pill"
          href={tab.href}
          aria-current={props.current === tab.href ? "page" : undefined}
        >
          {props.t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}
