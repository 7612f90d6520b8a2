"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { STATUS_COLOURS } from "@/lib/dispatch/map/routes";
import { COURIER_STATUSES, type MapFilters, type MapZone } from "@/lib/dispatch/map/types";

/** Zone and status filters, the live badge and the colour legend. */
export function MapToolbar(props: {
  filters: MapFilters;
  zones: MapZone[];
  connected: boolean;
  onChange: (filters: MapFilters) => void;
  zonesLink: ReactNode;
}) {
  const { t } = useI18n();
  const { filters } = props;
  return (
    <div className="dispatch-toolbar">
      <label className="field inline">
        <span>{t("dispatch.map.zoneFilter")}</span>
        <select
          data-testid="zone-filter"
          value={filters.zone ?? ""}
          onChange={(e) => props.onChange({ ...filters, zone: e.target.value || undefined })}
        >
          <option value="">{t("dispatch.map.allZones")}</option>
          {props.zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field inline">
        <span>{t("dispatch.map.statusFilter")}</span>
        <select
          data-testid="status-filter"
          value={filters.status ?? ""}
          onChange={(e) => {
            const status = COURIER_STATUSES.find((s) => s === e.target.value);
            props.onChange({ ...filters, status });
          }}
        >
          <option value="">{t("dispatch.map.allStatuses")}</option>
          {COURIER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`courierStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <span className={`badge ${props.connected ? "ok" : "warn"}`} data-testid="live-status">
        {props.connected ? t("dispatch.map.live") : t("dispatch.map.offline")}
      </span>
      <ul className="legend" aria-label={t("dispatch.map.legend")}>
        {COURIER_STATUSES.map((s) => (
          <li key={s}>
            <span className="status-swatch" style={{ background: STATUS_COLOURS[s] }} />
            {t(`courierStatus.${s}`)}
          </li>
        ))}
        <li>
          <span className="pickup-pin">S</span> {t("dispatch.map.pickup")}
        </li>
        <li>
          <span className="order-pin">′</span> {t("dispatch.map.unassigned")}
        </li>
      </ul>
      {props.zonesLink}
    </div>
  );
}
