"use client";

import { usePathname, useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { CHANNELS } from "@/lib/analytics/schemas";
import type { StoreOption } from "@/lib/stores/server/queries";

type Props = {
  query: Record<string, string>;
  stores: StoreOption[];
  zones: { id: string; name: string }[];
};

const ROW = { display: "flex", gap: 12, flexWrap: "wrap", alignItems: "end" } as const;

/** Date range, store, zone and channel; every change is a new URL, so views can be shared. */
export function FilterBar({ query, stores, zones }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value === "") next.delete(key);
    else next.set(key, value);
    router.push(`${pathname}?${next.toString()}`);
  };
  const all = t("analytics.filter.all");
  return (
    <form
      className="panel"
      style={ROW}
      data-testid="analytics-filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        {t("analytics.filter.from")}{" "}
        <input
          type="date"
          name="from"
          value={query.from ?? ""}
          onChange={(e) => set("from", e.target.value)}
        />
      </label>
      <label>
        {t("analytics.filter.to")}{" "}
        <input
          type="date"
          name="to"
          value={query.to ?? ""}
          onChange={(e) => set("to", e.target.value)}
        />
      </label>
      <label>
        {t("analytics.filter.store")}{" "}
        <select
          name="store"
          value={query.store ?? ""}
          onChange={(e) => set("store", e.target.value)}
        >
          <option value="">{all}</option>
          {stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} {locale === "en" ? s.nameEn : s.nameZh}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("analytics.filter.zone")}{" "}
        <select name="zone" value={query.zone ?? ""} onChange={(e) => set("zone", e.target.value)}>
          <option value="">{all}</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("analytics.filter.channel")}{" "}
        <select
          name="channel"
          value={query.channel ?? ""}
          onChange={(e) => set("channel", e.target.value)}
        >
          <option value="">{all}</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
