"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { orderAgeMinutes } from "@/lib/dispatch/map/routes";
import type { MapOrder } from "@/lib/dispatch/map/types";

/** Open orders without a courier, oldest first, with their age and a box for bulk assignment. */
export function UnassignedList(props: {
  orders: MapOrder[];
  now: number;
  selection: ReadonlySet<string>;
  onToggle: (orderId: string) => void;
  onOrder: (orderId: string) => void;
}) {
  const { t } = useI18n();
  const rows = props.orders
    .filter((o) => !o.courierId)
    .sort((a, b) => a.placedAt.localeCompare(b.placedAt));
  return (
    <section data-testid="unassigned-list">
      <h4>
        {t("dispatch.map.unassigned")} <span className="count">{rows.length}</span>
      </h4>
      {rows.length === 0 ? (
        <p className="small muted">{t("dispatch.map.noUnassigned")}</p>
      ) : (
        <ul className="order-list">
          {rows.map((o) => {
            const age = orderAgeMinutes(o.placedAt, props.now);
            return (
              <li key={o.id} data-code={o.code}>
                <input
                  type="checkbox"
                  aria-label={o.code}
                  checked={props.selection.has(o.id)}
                  onChange={() => props.onToggle(o.id)}
                />{" "}
                <button type="button" className="link" onClick={() => props.onOrder(o.id)}>
                  {o.code}
                </button>{" "}
                <span className={`badge ${age >= 20 ? "danger" : age >= 10 ? "warn" : ""}`}>
                  {t("dispatch.map.ageMinutes", { n: age })}
                </span>{" "}
                <span className="small muted">
                  {t(`status.${o.status}` as Parameters<typeof t>[0])}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
