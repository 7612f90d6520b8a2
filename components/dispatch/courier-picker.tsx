"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { MapCourier } from "@/lib/dispatch/map/types";

const km = (a: { lat: number; lng: number }, c: MapCourier) =>
  c.lat === null || c.lng === null
    ? Number.POSITIVE_INFINITY
    : Math.hypot((a.lat - c.lat) * 111, (a.lng - c.lng) * 95);

/** A courier select, on-shift couriers nearest to the pickup first. */
export function CourierPicker(props: {
  couriers: MapCourier[];
  near: { lat: number; lng: number } | null;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useI18n();
  const { near } = props;
  const onShift = props.couriers.filter((c) => c.status !== "OFFLINE" && c.status !== "BREAK");
  const sorted = near ? [...onShift].sort((a, b) => km(near, a) - km(near, b)) : onShift;
  return (
    <label className="field">
      <span>{t("dispatch.map.assignTo")}</span>
      <select
        data-testid="courier-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{t("dispatch.map.chooseCourier")}</option>
        {sorted.map((c) => (
          <option key={c.id} value={c.id}>
            {c.code} · {c.name} · {t(`courierStatus.${c.status}`)}
            {near && Number.isFinite(km(near, c)) ? ` · ${km(near, c).toFixed(1)} km` : ""}
          </option>
        ))}
      </select>
    </label>
  );
}
