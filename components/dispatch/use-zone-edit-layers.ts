"use client";

import { useEffect, useRef } from "react";
import { edgeMidpoints, type Vertex } from "@/lib/dispatch/zones/polygon";
import type { EditableZone } from "@/lib/dispatch/zones/types";
import type { LeafletHandle } from "./use-leaflet";

type EditLayers = {
  zones: EditableZone[];
  selectedId: string | null;
  draft: Vertex[] | null;
  selectedVertex: number | null;
  invalid: boolean;
};

type EditHandlers = {
  onZone: (id: string) => void;
  onMove: (index: number, to: Vertex) => void;
  onInsert: (afterIndex: number, at: Vertex) => void;
  onVertex: (index: number) => void;
};

const toLatLng = ([lng, lat]: Vertex): [number, number] => [lat, lng];
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * The zone editor's drawing: every zone as a polygon (click to edit), and for the zone being
 * edited its draft outline with a draggable handle per vertex and an "add" handle per edge.
 */
export function useZoneEditLayers(
  handle: LeafletHandle | null,
  layers: EditLayers,
  handlers: EditHandlers,
) {
  const on = useRef(handlers);
  useEffect(() => {
    on.current = handlers;
  }, [handlers]);
  const fitted = useRef(false);
  const { zones, selectedId, draft, selectedVertex, invalid } = layers;

  useEffect(() => {
    if (!handle) return;
    const { L, map } = handle;
    const group = L.layerGroup().addTo(map);
    for (const z of zones) {
      if (z.id === selectedId) continue;
      const shape = L.polygon(z.polygon.map(toLatLng), {
        color: z.active ? "#0f766e" : "#9ca3af",
        weight: 1,
        fillOpacity: 0.05,
      }).addTo(group);
      shape.bindTooltip(z.name, { sticky: true });
      shape.on("click", () => on.current.onZone(z.id));
      shape.getElement()?.setAttribute("data-testid", "zone-shape");
    }
    if (draft) {
      const outline = L.polygon(draft.map(toLatLng), {
        color: invalid ? "#dc2626" : "#0f766e",
        weight: 2.5,
        fillOpacity: 0.12,
        interactive: false,
      }).addTo(group);
      outline.getElement()?.setAttribute("data-testid", "zone-draft");
      draft.forEach((v, i) => {
        const marker = L.marker(toLatLng(v), {
          draggable: true,
          icon: L.divIcon({
            className: "",
            iconSize: [12, 12],
            html: `<div class="zone-vertex${i === selectedVertex ? " selected" : ""}" data-testid="zone-vertex" data-index="${i}"></div>`,
          }),
        }).addTo(group);
        marker.on("click", () => on.current.onVertex(i));
        marker.on("dragend", () => {
          const at = marker.getLatLng();
          on.current.onMove(i, [round(at.lng), round(at.lat)]);
        });
      });
      edgeMidpoints(draft).forEach((m, i) => {
        L.marker(toLatLng(m), {
          icon: L.divIcon({
            className: "",
            iconSize: [10, 10],
            html: `<div class="zone-midpoint" data-testid="zone-midpoint" data-index="${i}"></div>`,
          }),
        })
          .on("click", () => on.current.onInsert(i, [round(m[0]), round(m[1])]))
          .addTo(group);
      });
    }
    if (!fitted.current) {
      const points = (draft ?? zones.flatMap((z) => z.polygon)).map(toLatLng);
      // No animation: a zoom still running would move the handles under the first click.
      if (points.length > 0)
        map.fitBounds(L.latLngBounds(points), { padding: [20, 20], animate: false });
      fitted.current = true;
    }
    return () => {
      group.remove();
    };
  }, [handle, zones, selectedId, draft, selectedVertex, invalid]);
}
