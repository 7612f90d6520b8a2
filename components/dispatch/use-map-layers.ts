"use client";

import type * as Leaflet from "leaflet";
import { useEffect, useRef } from "react";
import type { CourierPlan } from "@/lib/dispatch/plan-types";
import { orderAgeMinutes, routeLatLngs, statusColour } from "@/lib/dispatch/map/routes";
import type { MapCourier, MapOrder, MapZone } from "@/lib/dispatch/map/types";
import type { LeafletHandle } from "./use-leaflet";

type Layers = {
  zones: MapZone[];
  orders: MapOrder[];
  couriers: MapCourier[];
  plans: Map<string, CourierPlan>;
  selectedCourierId: string | null;
  selectedOrderId: string | null;
  now: number;
};

type Handlers = { onOrder: (id: string) => void; onCourier: (id: string) => void };

/** Tags a drawn SVG path so the view (and tests) can find what it shows. */
function tag(layer: Leaflet.Path, attrs: Record<string, string>) {
  const element = layer.getElement();
  if (!element) return;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
}

/**
 * Draws zones, pickups, drop-offs (unassigned ones labelled with their age) and each
 * courier's planned route into one layer group, redrawn whenever the data changes.
 */
export function useMapLayers(handle: LeafletHandle | null, layers: Layers, handlers: Handlers) {
  const on = useRef(handlers);
  useEffect(() => {
    on.current = handlers;
  }, [handlers]);
  const fitted = useRef(false);
  const { zones, orders, couriers, plans, selectedCourierId, selectedOrderId, now } = layers;
  // The age labels only need a redraw each minute, not each second.
  const minute = Math.floor(now / 60_000);

  useEffect(() => {
    if (!handle) return;
    const { L, map } = handle;
    const group = L.layerGroup().addTo(map);
    for (const z of zones) {
      const polygon = L.polygon(
        z.polygon.map(([lng, lat]) => [lat, lng] as [number, number]),
        {
          color: z.autoDispatch ? "#0f766e" : "#b45309",
          weight: 1.5,
          fillOpacity: 0.06,
          dashArray: z.autoDispatch ? undefined : "6 4",
        },
      ).addTo(group);
      polygon.bindTooltip(z.name, { sticky: true });
      tag(polygon, { "data-testid": "zone-shape", "data-zone": z.id });
    }
    const stores = new Map<string, MapOrder>();
    for (const o of orders) stores.set(o.storeId, o);
    for (const o of stores.values()) {
      L.marker([o.pickup.lat, o.pickup.lng], {
        icon: L.divIcon({
          className: "pickup-icon",
          iconSize: [28, 18],
          html: `<span class="pickup-pin" data-testid="pickup-marker">${o.storeCode}</span>`,
        }),
        keyboard: false,
      }).addTo(group);
    }
    const minuteNow = minute * 60_000;
    for (const o of orders) {
      const selected = o.id === selectedOrderId;
      if (o.courierId) {
        const dot = L.circleMarker([o.dropoff.lat, o.dropoff.lng], {
          radius: selected ? 8 : 5,
          color: "#374151",
          weight: 1,
          fillColor: "#a78bfa",
          fillOpacity: 0.9,
        }).addTo(group);
        dot.on("click", () => on.current.onOrder(o.id));
        tag(dot, { "data-testid": "dropoff-marker", "data-code": o.code });
        continue;
      }
      const age = orderAgeMinutes(o.placedAt, minuteNow);
      L.marker([o.dropoff.lat, o.dropoff.lng], {
        icon: L.divIcon({
          className: "dropoff-icon",
          iconSize: [40, 18],
          html:
            `<span class="order-pin${selected ? " selected" : ""}" data-testid="unassigned-marker" ` +
            `data-code="${o.code}">${age}′</span>`,
        }),
        keyboard: false,
      })
        .on("click", () => on.current.onOrder(o.id))
        .addTo(group);
    }
    const byId = new Map(couriers.map((c) => [c.id, c]));
    for (const [courierId, plan] of plans) {
      const courier = byId.get(courierId);
      if (!courier) continue;
      const line = routeLatLngs(courier, plan.stops);
      if (line.length < 2) continue;
      const selected = courierId === selectedCourierId;
      const route = L.polyline(
        line.map((p) => [p[0], p[1]] as [number, number]),
        {
          color: statusColour(courier.status),
          weight: selected ? 5 : 3,
          opacity: selectedCourierId && !selected ? 0.35 : 0.85,
        },
      ).addTo(group);
      route.on("click", () => on.current.onCourier(courierId));
      const codes = [...new Set(plan.stops.map((s) => s.orderCode))];
      tag(route, {
        "data-testid": "courier-route",
        "data-courier": courier.code,
        "data-orders": codes.join(" "),
        "data-stops": String(plan.stops.length),
      });
    }
    if (!fitted.current && zones.length > 0) {
      const bounds = L.latLngBounds(
        zones.flatMap((z) => z.polygon.map(([lng, lat]) => [lat, lng] as [number, number])),
      );
      if (bounds.isValid()) map.fitBounds(bounds, { padding: [12, 12], animate: false });
      fitted.current = true;
    }
    return () => {
      group.remove();
    };
  }, [handle, zones, orders, couriers, plans, selectedCourierId, selectedOrderId, minute]);
}
