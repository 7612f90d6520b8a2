import Link from "next/link";
import type { Translate } from "@/lib/platform/i18n/messages";
import { AGES, INBOX_VIEWS, type InboxSearch } from "@/lib/support/schemas";
import { TicketPriority, TicketSource, TicketStatus } from "@/lib/generated/prisma/enums";

/** Views as tabs and filters as a plain GET form, so every view is a shareable URL. */
export function InboxFilters(props: { search: InboxSearch; t: Translate }) {
  const { search: s, t } = props;
  const href = (view: string) => `/support?view=${view}`;
  const select = <T extends string>(
    name: string,
    value: string | undefined,
    options: readonly T[],
    label: (o: T) => string,
  ) => (
    <select name={name} defaultValue={value ?? ""} data-testid={`filter-${name}`}>
      <option value="">{t("support.filter.any")}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {label(o)}
        </option>
      ))}
    </select>
  );
  return (
    <section className="panel">
      <nav className="pills" data-testid="inbox-views">
        {INBOX_VIEWS.map((v) => (
          <Link
            key={v}
            href={href(v)}
            className={`pill ${s.view === v ? "active" : ""}`}
            aria-current={s.view === v ? "page" : undefined}
          >
            {t(`support.view.${v}`)}
          </Link>
        ))}
      </nav>
      <form method="get" action="/support" className="inline-form" data-testid="inbox-filters">
        <input type="hidden" name="view" value={s.view} />
        {select("status", s.status, Object.values(TicketStatus), (o) => t(`ticketStatus.${o}`))}
        {select("priority", s.priority, Object.values(TicketPriority), (o) => t(`priority.${o}`))}
        {select("channel", s.channel, Object.values(TicketSource), (o) => t(`support.source.${o}`))}
        {select("age", s.age, AGES, (o) => t(`support.age.${o}`))}
        <input name="store" defaultValue={s.store ?? ""} placeholder={t("common.store")} size={5} />
        <input
          name="label"
          defaultValue={s.label ?? ""}
          placeholder={t("support.filter.label")}
          size={8}
        />
        <input
          name="q"
          defaultValue={s.q ?? ""}
          placeholder={t("support.filter.search")}
          data-testid="inbox-search"
        />
        <button type="submit" className="button">
          {t("support.filter.apply")}
        </button>
      </form>
    </section>
  );
}
