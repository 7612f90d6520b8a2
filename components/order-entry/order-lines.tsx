"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { EntryItem } from "@/lib/orders/server/entry-menu";

export type EntryLine = { key: number; itemId: string; quantity: number; optionIds: string[] };

/** The lines of a phone order: pick items from the store's menu, quantities and options. */
export function OrderLines(props: {
  menu: EntryItem[];
  lines: EntryLine[];
  onChange: (lines: EntryLine[]) => void;
}) {
  const { t, locale } = useI18n();
  const [pick, setPick] = useState("");
  const name = (x: { nameZh: string; nameEn: string }) => (locale === "en" ? x.nameEn : x.nameZh);
  const update = (key: number, patch: Partial<EntryLine>) =>
    props.onChange(props.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  return (
    <fieldset className="entry-lines">
      <legend>{t("orders.items")}</legend>
      {props.lines.map((line, index) => {
        const item = props.menu.find((m) => m.id === line.itemId);
        if (!item) return null;
        return (
          <div key={line.key} className="entry-line" data-testid="entry-line">
            {item.photoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element -- the menu's own photo route
              <img src={item.photoUrl} alt="" width={48} height={36} data-testid="entry-photo" />
            ) : null}{" "}
            <strong>{name(item)}</strong> {formatMoney(item.priceCents, locale)}{" "}
            <input
              type="number"
              min={1}
              max={99}
              aria-label={t("entry.quantity", { line: index + 1 })}
              value={line.quantity}
              onChange={(e) => update(line.key, { quantity: Number(e.target.value) })}
            />
            {item.optionGroups.map((group) => (
              <label key={group.id}>
                {name(group)}{" "}
                <select
                  multiple={group.maxChoices > 1}
                  value={
                    group.maxChoices > 1
                      ? line.optionIds.filter((id) => group.options.some((o) => o.id === id))
                      : (line.optionIds.find((id) => group.options.some((o) => o.id === id)) ?? "")
                  }
                  onChange={(e) => {
                    const others = line.optionIds.filter(
                      (id) => !group.options.some((o) => o.id === id),
                    );
                    const chosen = Array.from(e.target.selectedOptions, (o) => o.value).filter(
                      Boolean,
                    );
                    update(line.key, { optionIds: [...others, ...chosen] });
                  }}
                >
                  {group.maxChoices > 1 ? null : <option value="">—</option>}
                  {group.options.map((o) => (
                    <option
                      key={o.id}
                      value={o.id}
                      disabled={o.soldOut}
                      data-sold-out={o.soldOut || undefined}
                    >
                      {name(o)}
                      {o.priceDeltaCents ? ` +${formatMoney(o.priceDeltaCents, locale)}` : ""}
                      {o.soldOut ? ` · ${t("entry.soldOut")}` : ""}
                    </option>
                  ))}
                </select>
              </label>
            ))}{" "}
            <button
              type="button"
              className="button"
              onClick={() => props.onChange(props.lines.filter((l) => l.key !== line.key))}
            >
              {t("entry.removeLine")}
            </button>
          </div>
        );
      })}
      <div className="entry-add">
        <select
          aria-label={t("entry.pickItem")}
          value={pick}
          onChange={(e) => setPick(e.target.value)}
        >
          <option value="">{t("entry.pickItem")}</option>
          {props.menu.map((m) => (
            // Sold-out dishes stay listed, greyed and not pickable, so staff can tell the caller.
            <option
              key={m.id}
              value={m.id}
              disabled={m.soldOut}
              data-sold-out={m.soldOut || undefined}
              className={m.soldOut ? "muted" : undefined}
            >
              {name(m)} · {formatMoney(m.priceCents, locale)}
              {m.soldOut ? ` · ${t("entry.soldOut")}` : ""}
            </option>
          ))}
        </select>{" "}
        <button
          type="button"
          className="button"
          disabled={!pick}
          onClick={() => {
            const key = Math.max(0, ...props.lines.map((l) => l.key)) + 1;
            props.onChange([...props.lines, { key, itemId: pick, quantity: 1, optionIds: [] }]);
            setPick("");
          }}
        >
          {t("entry.addLine")}
        </button>
      </div>
    </fieldset>
  );
}
