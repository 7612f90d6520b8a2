"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { Channel } from "@/lib/generated/prisma/enums";
import type { BoardFilters as Filters } from "@/lib/orders/query-options";

export type StoreChoice = { id: string; code: string; nameZh: string; nameEn: string };

/** Search and filters of the board; every change goes to the URL through `onChange`. */
export function BoardFilters(props: {
  filters: Filters;
  stores: StoreChoice[];
  onChange: (next: Filters) => void;
}) {
  const { t, locale } = useI18n();
  const { filters, onChange } = props;
  return (
    <form
      className="board-filters"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget).get("q");
        onChange({ ...filters, q: typeof q === "string" && q.trim() ? q.trim() : undefined });
      }}
    >
      <input
        id="board-search"
        name="q"
        type="search"
        defaultValue={filters.q ?? ""}
        placeholder={t("board.search")}
        aria-label={t("board.search")}
      />
      {props.stores.length > 1 ? (
        <select
          aria-label={t("board.storeFilter")}
          value={filters.store ?? ""}
          onChange={(e) => onChange({ ...filters, store: e.target.value || undefined })}
        >
          <option value="">{t("board.allStores")}</option>
          {props.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} · {locale === "en" ? s.nameEn : s.nameZh}
            </option>
          ))}
        </select>
      ) : null}
      <select
        aria-label={t("orders.channel")}
        value={filters.channel ?? ""}
        onChange={(e) =>
          onChange({
            ...filters,
            channel: Object.values(Channel).find((c) => c === e.target.value),
          })
        }
      >
        <option value="">{t("board.allChannels")}</option>
        {Object.values(Channel).map((c) => (
          <option key={c} value={c}>
            {t(`channel.${c}`)}
          </option>
        ))}
      </select>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={filters.late}
          onChange={(e) => onChange({ ...filters, late: e.target.checked })}
        />
        {t("board.lateOnly")}
      </label>
    </form>
  );
}
