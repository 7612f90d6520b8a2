"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import { formatDateTime } from "@/lib/platform/i18n/format";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import { statusColour } from "@/lib/dispatch/map/routes";
import type { MapCourier, MapOrder } from "@/lib/dispatch/map/types";

/** One courier: status, last position, planned stops and the orders it holds. */
export function CourierPanel(props: {
  courier: MapCourier;
  plan: CourierPlan | null;
  orders: MapOrder[];
  selection: ReadonlySet<string>;
  onToggle: (orderId: string) => void;
  onOrder: (orderId: string) => void;
}) {
  const { courier, plan, orders } = props;
  const { t, locale } = useI18n();
  return (
    <div data-testid="courier-panel" data-code={courier.code}>
      <h3>
        {t("dispatch.map.courierDetail")} <code>{courier.code}</code>
      </h3>
      <dl className="drawer-facts">
        <dt>{t("dispatch.courier")}</dt>
        <dd>
          {courier.name} · {courier.phone}
        </dd>
        <dt>{t("common.status")}</dt>
        <dd>
          <span className="status-swatch" style={{ background: statusColour(courier.status) }} />
          {t(`courierStatus.${courier.status}`)}
        </dd>
        <dt>{t("dispatch.capacity")}</dt>
        <dd>
          {orders.length} / {courier.capacity}
        </dd>
        <dt>{t("dispatch.lastSeen")}</dt>
        <dd>
          {courier.lastPingAt
            ? formatDateTime(new Date(courier.lastPingAt), locale)
            : t("dispatch.map.noPosition")}
        </dd>
      </dl>
      <h4>{t("dispatch.map.plannedRoute")}</h4>
      {plan && plan.stops.length > 0 ? (
        <ol className="route-stops" data-testid="route-stops">
          {plan.stops.map((s) => (
            <li key={`${s.orderId}-${s.kind}`} data-code={s.orderCode} data-kind={s.kind}>
              <span className={`badge ${s.kind === "PICKUP" ? "info" : "ok"}`}>
                {t(s.kind === "PICKUP" ? "dispatch.map.pickup" : "dispatch.map.dropoff")}
              </span>{" "}
              <button type="button" className="link" onClick={() => props.onOrder(s.orderId)}>
                {s.orderCode}
              </button>
              {s.eta ? (
                <span className="small muted">
                  {" "}
                  · {t("dispatch.map.eta")} {formatDateTime(new Date(s.eta), locale)}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="small muted">{t("dispatch.map.noRoute")}</p>
      )}
      <h4>{t("dispatch.map.ordersHeld")}</h4>
      {orders.length === 0 ? (
        <p className="small muted">{t("dispatch.map.noOrders")}</p>
      ) : (
        <ul className="order-list" data-testid="courier-orders">
          {orders.map((o) => (
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
              <span className="small muted">
                {t(`status.${o.status}` as Parameters<typeof t>[0])}
              </span>
              {o.pinned ? <span className="badge warn">{t("dispatch.map.pinned")}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
