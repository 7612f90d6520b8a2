"use client";

import type * as Leaflet from "leaflet";
import { useEffect, useRef } from "react";
import { positionAt, retarget, type Glide } from "@/lib/dispatch/map/interpolate";
import { statusColour } from "@/lib/dispatch/map/routes";
import type { MapCourier } from "@/lib/dispatch/map/types";
import type { LeafletHandle } from "./use-leaflet";

type Tracked = {
  marker: Leaflet.Marker;
  glide: Glide;
  target: string;
  status: string;
  selected: boolean;
  updatedAt: number;
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function icon(L: LeafletHandle["L"], c: MapCourier, selected: boolean) {
  return L.divIcon({
    className: "courier-icon",
    iconSize: [34, 20],
    iconAnchor: [17, 10],
    html:
      `<span class="courier-dot${selected ? " selected" : ""}" data-testid="courier-marker" ` +
      `data-code="${escape(c.code)}" data-status="${c.status}" ` +
      `style="background:${statusColour(c.status)}">${escape(c.code)}</span>`,
  });
}

/**
 * Courier markers that glide from one reported position to the next (see `retarget`), so the
 * map moves smoothly between pings; one animation frame loop moves every gliding marker.
 */
export function useCourierMarkers(
  handle: LeafletHandle | null,
  couriers: MapCourier[],
  selectedId: string | null,
  onSelect: (courierId: string) => void,
) {
  const tracked = useRef(new Map<string, Tracked>());
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    if (!handle) return;
    const { L, map } = handle;
    const now = performance.now();
    const seen = new Set<string>();
    for (const c of couriers) {
      if (c.lat === null || c.lng === null) continue;
      seen.add(c.id);
      const to: [number, number] = [c.lat, c.lng];
      const key = to.join(",");
      const selected = c.id === selectedId;
      const existing = tracked.current.get(c.id);
      if (!existing) {
        const marker = L.marker(to, { icon: icon(L, c, selected), keyboard: false }).addTo(map);
        marker.on("click", () => select.current(c.id));
        tracked.current.set(c.id, {
          marker,
          glide: retarget(null, to, now, 0),
          target: key,
          status: c.status,
          selected,
          updatedAt: now,
        });
        continue;
      }
      if (existing.target !== key) {
        existing.glide = retarget(existing.glide, to, now, now - existing.updatedAt);
        existing.target = key;
        existing.updatedAt = now;
      }
      if (existing.status !== c.status || existing.selected !== selected) {
        existing.marker.setIcon(icon(L, c, selected));
        existing.status = c.status;
        existing.selected = selected;
      }
    }
    for (const [id, t] of tracked.current) {
      if (!seen.has(id)) {
        t.marker.remove();
        tracked.current.delete(id);
      }
    }
  }, [handle, couriers, selectedId]);

  useEffect(() => {
    if (!handle) return;
    const markers = tracked.current;
    let frame = 0;
    const step = () => {
      const now = performance.now();
      for (const t of markers.values()) {
        const at = positionAt(t.glide, now);
        const current = t.marker.getLatLng();
        if (current.lat !== at[0] || current.lng !== at[1]) t.marker.setLatLng([at[0], at[1]]);
      }
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(frame);
      for (const t of markers.values()) t.marker.remove();
      markers.clear();
    };
  }, [handle]);
}
