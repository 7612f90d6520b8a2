"use client";

import "leaflet/dist/leaflet.css";
import "./dispatch-map.css";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { useNow } from "@/components/orders/use-now";
import { dispatchMapQueryOptions } from "@/lib/dispatch/map/query-options";
import { applyMapFilters, effectivePlans, mapSearch } from "@/lib/dispatch/map/routes";
import { mapFiltersSchema, type MapFilters } from "@/lib/dispatch/map/types";
import { CourierPanel } from "./courier-panel";
import { CourierPicker } from "./courier-picker";
import { MapToolbar } from "./map-toolbar";
import { OrderPanel } from "./order-panel";
import { UnassignedList } from "./unassigned-list";
import { useCourierMarkers } from "./use-courier-markers";
import { useDispatchCommands } from "./use-dispatch-commands";
import { useDispatchLive } from "./use-dispatch-live";
import { useLeaflet } from "./use-leaflet";
import { useMapLayers } from "./use-map-layers";
import { ZoneSwitches } from "./zone-switches";

// Only while the event stream is down; with the stream up, changes arrive as pushes.
const FALLBACK_POLL_MS = 5_000;

/** The live dispatch map: couriers, routes, zones and open orders, with a detail panel. */
export function DispatchMap(props: {
  tileUrl: string | null;
  tileAttribution: string | null;
  canAssign: boolean;
  canEditZones: boolean;
}) {
  const { t } = useI18n();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = mapFiltersSchema.parse(Object.fromEntries(searchParams));
  const courierId = searchParams.get("courier");
  const orderId = searchParams.get("order");
  const { connected } = useDispatchLive();
  const { data } = useSuspenseQuery({
    ...dispatchMapQueryOptions(),
    refetchInterval: connected ? false : FALLBACK_POLL_MS,
  });
  const now = useNow(5_000).getTime();
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const commands = useDispatchCommands(() => setSelection(new Set()));
  const [bulkCourier, setBulkCourier] = useState("");

  const setUrl = useCallback(
    (next: MapFilters, open: { courier?: string; order?: string }) => {
      const query = mapSearch(next, open);
      window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
    },
    [pathname],
  );
  const zone = filters.zone;
  const status = filters.status;
  const openCourier = useCallback(
    (id: string) => setUrl({ zone, status }, { courier: id }),
    [setUrl, zone, status],
  );
  const openOrder = useCallback(
    (id: string) => setUrl({ zone, status }, { order: id }),
    [setUrl, zone, status],
  );
  const toggle = (id: string) =>
    setSelection((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const visible = useMemo(() => applyMapFilters(data, { zone, status }), [data, zone, status]);
  const plans = useMemo(() => effectivePlans(data, new Date(data.serverTime)), [data]);
  const ref = useRef<HTMLDivElement>(null);
  const handle = useLeaflet(ref, props.tileUrl, props.tileAttribution);
  useCourierMarkers(handle, visible.couriers, courierId, openCourier);
  const handlers = useMemo(
    () => ({ onOrder: openOrder, onCourier: openCourier }),
    [openOrder, openCourier],
  );
  useMapLayers(
    handle,
    {
      zones: visible.zones,
      orders: visible.orders,
      couriers: visible.couriers,
      plans,
      selectedCourierId: courierId,
      selectedOrderId: orderId,
      now,
    },
    handlers,
  );

  const courier = courierId ? data.couriers.find((c) => c.id === courierId) : undefined;
  const order = orderId ? data.orders.find((o) => o.id === orderId) : undefined;
  const close = () => setUrl({ zone, status }, {});
  return (
    <section
      className="dispatch-map-wrap"
      data-testid="dispatch-map"
      data-live={connected ? "on" : "off"}
    >
      <MapToolbar
        filters={{ zone, status }}
        zones={data.zones}
        connected={connected}
        onChange={(next) =>
          setUrl(next, { courier: courierId ?? undefined, order: orderId ?? undefined })
        }
        zonesLink={
          props.canEditZones ? (
            <Link href="/dispatch/zones" className="button" data-testid="zones-link">
              {t("dispatch.map.zonesLink")}
            </Link>
          ) : null
        }
      />
      <div className="dispatch-layout">
        <div ref={ref} className="dispatch-canvas" data-testid="map-canvas" />
        <aside className="dispatch-side">
          {commands.error ? (
            <p className="form-error" role="alert" data-testid="dispatch-error">
              {commands.error}
            </p>
          ) : null}
          {courier || order ? (
            <div className="dispatch-detail">
              <button
                type="button"
                className="button ghost close"
                onClick={close}
                aria-label={t("dispatch.map.close")}
              >
                ×
              </button>
              {courier ? (
                <CourierPanel
                  courier={courier}
                  plan={plans.get(courier.id) ?? null}
                  orders={data.orders.filter((o) => o.courierId === courier.id)}
                  selection={selection}
                  onToggle={toggle}
                  onOrder={openOrder}
                />
              ) : order ? (
                <OrderPanel
                  key={order.id}
                  order={order}
                  couriers={data.couriers}
                  now={now}
                  canAssign={props.canAssign}
                  commands={commands}
                  onCourier={openCourier}
                />
              ) : null}
            </div>
          ) : null}
          {props.canAssign && selection.size > 0 ? (
            <div className="bulk-bar" data-testid="bulk-bar">
              <strong>{t("dispatch.map.selected", { n: selection.size })}</strong>
              <CourierPicker
                couriers={data.couriers}
                near={null}
                value={bulkCourier}
                onChange={setBulkCourier}
              />
              <div className="row">
                <button
                  type="button"
                  className="button primary"
                  data-testid="bulk-assign"
                  disabled={!bulkCourier || commands.pending}
                  onClick={() =>
                    commands.run({
                      kind: "assign",
                      orderIds: [...selection],
                      courierId: bulkCourier,
                    })
                  }
                >
                  {t("dispatch.map.assignSelected", { n: selection.size })}
                </button>
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => setSelection(new Set())}
                >
                  {t("dispatch.map.clearSelection")}
                </button>
              </div>
            </div>
          ) : null}
          <UnassignedList
            orders={visible.orders}
            now={now}
            selection={selection}
            onToggle={toggle}
            onOrder={openOrder}
          />
          <ZoneSwitches zones={visible.zones} canAssign={props.canAssign} commands={commands} />
        </aside>
      </div>
    </section>
  );
}
