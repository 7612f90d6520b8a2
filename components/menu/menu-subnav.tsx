import Link from "next/link";
import type { Translate } from "@/lib/platform/i18n/messages";

const LINKS = [
  { href: "/menu", key: "menu.nav.items" },
  { href: "/menu/stock", key: "menu.nav.stock" },
  { href: "/menu/csv", key: "menu.nav.csv" },
  { href: "/menu/supply", key: "menu.nav.supply" },
  { href: "/menu/reorder", key: "menu.nav.reorder" },
  { href: "/menu/reviews", key: "menu.nav.reviews" },
] as const;

/** Tabs of the menu area; the selected store travels along in `?store=`. */
export function MenuSubnav(props: { current: string; storeId: string; t: Translate }) {
  return (
    <nav className="inline-field" aria-label={props.t("menu.title")}>
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={`${l.href}?store=${encodeURIComponent(props.storeId)}`}
          aria-current={props.current === l.href ? "page" : undefined}
          className={`button${props.current === l.href ? " primary" : ""}`}
        >
          {props.t(l.key)}
        </Link>
      ))}
    </nav>
  );
}
