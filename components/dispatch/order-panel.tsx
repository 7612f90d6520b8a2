"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatDateTime } from "@/lib/platform/i18n/format";
import { assignmentsQueryOptions } from "@/lib/dispatch/map/query-options";
import { orderAgeMinutes } from "@/lib/dispatch/map/routes";
import type { MapCourier, MapOrder, OrderAssignmentView } from "@/lib/dispatch/map/types";
import { CourierPicker } from "./courier-picker";
import { ExplanationView } from "./explanation-view";
import type { DispatchCommands } from "./use-dispatch-commands";

/** One order: where and how old it is, who carries it, why, and what a dispatcher can do. */
export function OrderPanel(props: {
  order: MapOrder;
  couriers: MapCourier[];
  now: number;
  canAssign: boolean;
  commands: DispatchCommands;
  onCourier: (id: string) => void;
}) {
  const { order, couriers, now, canAssign, commands } = props;
  const { t, locale } = useI18n();
  const [courierId, setCourierId] = useState("");
  const [pin, setPin] = useState(false);
  const assignments = useQuery(assignmentsQueryOptions(order.id));
  const holder = couriers.find((c) => c.id === order.courierId) ?? null;
  const current = assignments.data?.find((a) => a.courierId === order.courierId) ?? null;
  return (
    <div data-testid="order-panel" data-code={order.code} data-courier={holder?.code ?? ""}>
      <h3>
        {t("dispatch.map.orderDetail")} <code>{order.code}</code>
      </h3>
      <dl className="drawer-facts">
        <dt>{t("common.status")}</dt>
        <dd>{t(`status.${order.status}` as Parameters<typeof t>[0])}</dd>
        <dt>{t("dispatch.map.store")}</dt>
        <dd>{order.storeCode}</dd>
        <dt>{t("dispatch.map.address")}</dt>
        <dd>{order.addressLine}</dd>
        <dt>{t("dispatch.map.placed")}</dt>
        <dd>
          {formatDateTime(new Date(order.placedAt), locale)} ·{" "}
          {t("dispatch.map.ageMinutes", { n: orderAgeMinutes(order.placedAt, now) })}
        </dd>
        <dt>{t("dispatch.map.promised")}</dt>
        <dd>{formatDateTime(new Date(order.promisedAt), locale)}</dd>
        <dt>{t("dispatch.map.courier")}</dt>
        <dd data-testid="order-courier">
          {holder ? (
            <button type="button" className="link" onClick={() => props.onCourier(holder.id)}>
              {holder.code} · {holder.name}
            </button>
          ) : (
            t("dispatch.map.none")
          )}
          {order.pinned ? <span className="badge warn">{t("dispatch.map.pinned")}</span> : null}
        </dd>
      </dl>
      <p>
        <Link href={`/track/${order.trackingToken}`} target="_blank" className="small">
          {t("dispatch.map.tracking")}
        </Link>
      </p>
      {canAssign ? (
        <div className="dispatch-actions">
          <CourierPicker
            couriers={couriers}
            near={order.pickup}
            value={courierId}
            onChange={setCourierId}
          />
          <label className="small">
            <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />{" "}
            {t("dispatch.map.pinWithAssign")}
          </label>
          <div className="row">
            <button
              type="button"
              className="button primary"
              data-testid="assign-button"
              disabled={!courierId || commands.pending}
              onClick={() => commands.run({ kind: "assign", orderIds: [order.id], courierId, pin })}
            >
              {holder ? t("dispatch.map.reassign") : t("dispatch.map.assign")}
            </button>
            {holder ? (
              <>
                <button
                  type="button"
                  className="button"
                  data-testid="pin-button"
                  disabled={commands.pending}
                  onClick={() =>
                    commands.run({ kind: "pin", orderId: order.id, pinned: !order.pinned })
                  }
                >
                  {order.pinned ? t("dispatch.map.unpin") : t("dispatch.map.pin")}
                </button>
                <button
                  type="button"
                  className="button danger"
                  data-testid="unassign-button"
                  disabled={commands.pending || order.status === "PICKED_UP"}
                  onClick={() => commands.run({ kind: "unassign", orderId: order.id })}
                >
                  {t("dispatch.map.unassign")}
                </button>
              </>
            ) : null}
          </div>
        </div>
      ) : null}
      <DeclinedOffers assignments={assignments.data ?? []} />
      <h4>{t("dispatch.map.why")}</h4>
      <ExplanationView assignment={current ?? assignments.data?.[0] ?? null} />
    </div>
  );
}

/** Offers couriers turned down for this order, with the reason they gave. */
function DeclinedOffers({ assignments }: { assignments: OrderAssignmentView[] }) {
  const { t, locale } = useI18n();
  const declined = assignments.filter((a) => a.status === "DECLINED");
  if (declined.length === 0) return null;
  return (
    <>
      <h4>{t("dispatch.map.declines")}</h4>
      <ul className="small" data-testid="declined-offers">
        {declined.map((a) => (
          <li key={`${a.courierId}-${a.createdAt}`}>
            {formatDateTime(new Date(a.createdAt), locale)} ·{" "}
            {t("dispatch.map.declined", { courier: `${a.courierCode} ${a.courierName}` })}:{" "}
            <span data-testid="decline-reason">
              {a.declineReason ?? t("dispatch.map.noReason")}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
