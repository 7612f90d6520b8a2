import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { PageScope } from "@/lib/analytics/server/page-data";
import { FilterBar } from "./filter-bar";

export const PANELS = [
  "overview",
  "peaks",
  "menu",
  "delivery",
  "support",
  "campaigns",
  "customers",
] as const;
export type Panel = (typeof PANELS)[number];

type T = (key: MessageKey, values?: Record<string, string | number>) => string;

const TABS = { display: "flex", gap: 6, flexWrap: "wrap", margin: "8px 0 12px" } as const;

/** Header, panel tabs and filters around one dashboard (or the filter errors instead of it). */
export function AnalyticsShell(props: {
  t: T;
  panel: Panel;
  page: PageScope;
  children: (scope: Extract<PageScope, { ok: true }>) => ReactNode;
}) {
  const { t, panel, page } = props;
  const qs = new URLSearchParams(page.query).toString();
  return (
    <>
      <PageHeader
        title={t("analytics.title")}
        subtitle={
          page.ok ? t("analytics.period", { from: page.scope.from, to: page.scope.to }) : undefined
        }
        actions={
          <Link className="button" href={`/analytics/report?${qs}`}>
            {t("analytics.report")}
          </Link>
        }
      />
      <nav style={TABS} aria-label={t("analytics.title")}>
        {PANELS.map((p) => (
          <Link
            key={p}
            href={`/analytics${p === "overview" ? "" : `/${p}`}?${qs}`}
            className={p === panel ? "button primary" : "button"}
            aria-current={p === panel ? "page" : undefined}
            data-testid={`analytics-tab-${p}`}
          >
            {t(`analytics.tab.${p}`)}
          </Link>
        ))}
      </nav>
      <FilterBar query={page.query} stores={page.stores} zones={page.zones} />
      {page.ok ? (
        props.children(page)
      ) : (
        <div className="panel" role="alert" data-testid="analytics-filter-error">
          <h2>{t("analytics.filter.invalid")}</h2>
          <p>{page.message}</p>
          <ul>
            {Object.entries(page.fields).map(([field, messages]) => (
              <li key={field}>
                {field}: {messages.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
