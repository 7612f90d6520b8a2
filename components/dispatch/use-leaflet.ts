"use client";

import type * as Leaflet from "leaflet";
import { useEffect, useState, type RefObject } from "react";

export type LeafletHandle = { L: typeof Leaflet; map: Leaflet.Map };

// Xuhui, Shanghai: the demo city, where the map opens before data arrives.
const START: [number, number] = [31.195, 121.44];

/**
 * Mounts a Leaflet map in the element. Leaflet touches `window` on import, so it is loaded in
 * the browser only. Tiles are drawn only when a tile URL is configured; without one the map
 * is a plain background, so zones, routes and points still show offline.
 */
export function useLeaflet(
  ref: RefObject<HTMLDivElement | null>,
  tileUrl: string | null,
  attribution: string | null,
): LeafletHandle | null {
  const [handle, setHandle] = useState<LeafletHandle | null>(null);
  useEffect(() => {
    let cancelled = false;
    let map: Leaflet.Map | null = null;
    void import("leaflet").then((mod) => {
      const L = ((mod as { default?: typeof Leaflet }).default ?? mod) as typeof Leaflet;
      const element = ref.current;
      if (cancelled || !element) return;
      map = L.map(element, { attributionControl: Boolean(tileUrl), zoomSnap: 0.25 }).setView(
        START,
        14,
      );
      if (tileUrl) L.tileLayer(tileUrl, { attribution: attribution ?? "", maxZoom: 19 }).addTo(map);
      setHandle({ L, map });
    });
    return () => {
      cancelled = true;
      map?.remove();
      setHandle(null);
    };
  }, [ref, tileUrl, attribution]);
  return handle;
}
