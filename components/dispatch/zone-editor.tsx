"use client";

import "leaflet/dist/leaflet.css";
import "./dispatch-map.css";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import {
  insertVertexAfter,
  moveVertex,
  polygonIssues,
  removeVertex,
  squareAround,
  type Vertex,
} from "@/lib/dispatch/zones/polygon";
import { centsToYuan, yuanToCents, type EditableZone } from "@/lib/dispatch/zones/types";
import type { FieldErrors } from "@/lib/platform/errors";
import {
  createZoneAction,
  deleteZoneAction,
  updateZoneAction,
} from "@/lib/dispatch/server/zone-actions";
import { ZoneForm, type ZoneDraft } from "./zone-form";
import { useLeaflet } from "./use-leaflet";
import { useZoneEditLayers } from "./use-zone-edit-layers";

type StoreChoice = { id: string; code: string; nameZh: string; nameEn: string };

function draftOf(z: EditableZone): ZoneDraft {
  return {
    id: z.id,
    name: z.name,
    storeId: z.storeId ?? "",
    fee: centsToYuan(z.deliveryFeeCents),
    min: centsToYuan(z.minOrderCents),
    active: z.active,
    polygon: z.polygon,
  };
}

/** Edits delivery zones on the map: pick a zone, drag or add vertices, set fees, save. */
export function ZoneEditor(props: {
  zones: EditableZone[];
  stores: StoreChoice[];
  initialZoneId: string | null;
  canPlatformWide: boolean;
  tileUrl: string | null;
  tileAttribution: string | null;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const initial = props.zones.find((z) => z.id === props.initialZoneId);
  const [draft, setDraft] = useState<ZoneDraft | null>(initial ? draftOf(initial) : null);
  const [vertex, setVertex] = useState<number | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const handle = useLeaflet(ref, props.tileUrl, props.tileAttribution);

  const pick = (zone: EditableZone | null) => {
    setDraft(zone ? draftOf(zone) : null);
    setVertex(null);
    setErrors({});
    setMessage(null);
    const url = zone ? `/dispatch/zones?zone=${encodeURIComponent(zone.id)}` : "/dispatch/zones";
    window.history.replaceState(null, "", url);
  };
  const setPolygon = (polygon: Vertex[]) => setDraft((d) => (d ? { ...d, polygon } : d));
  const issues = draft ? polygonIssues(draft.polygon) : [];
  const handlers = useMemo(
    () => ({
      onZone: (id: string) => pick(props.zones.find((z) => z.id === id) ?? null),
      onMove: (i: number, to: Vertex) =>
        setDraft((d) => (d ? { ...d, polygon: moveVertex(d.polygon, i, to) } : d)),
      onInsert: (i: number, at: Vertex) => {
        setDraft((d) => (d ? { ...d, polygon: insertVertexAfter(d.polygon, i, at) } : d));
        setVertex(i + 1);
      },
      onVertex: (i: number) => setVertex(i),
    }),
    [props.zones],
  );
  useZoneEditLayers(
    handle,
    {
      zones: props.zones,
      selectedId: draft?.id ?? null,
      draft: draft?.polygon ?? null,
      selectedVertex: vertex,
      invalid: issues.length > 0,
    },
    handlers,
  );

  const startNew = () => {
    const centre = handle?.map.getCenter();
    pick(null);
    setDraft({
      id: null,
      name: "",
      storeId: props.stores[0]?.id ?? "",
      fee: "5.00",
      min: "20.00",
      active: true,
      polygon: squareAround(centre ? [centre.lng, centre.lat] : [121.44, 31.195]),
    });
  };

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setMessage(null);
    const fields = {
      name: draft.name,
      deliveryFeeCents: yuanToCents(draft.fee),
      minOrderCents: yuanToCents(draft.min),
      polygon: draft.polygon.map(([lng, lat]) => [lng, lat] as [number, number]),
      active: draft.active,
    };
    const result = draft.id
      ? await updateZoneAction({ id: draft.id, ...fields })
      : await createZoneAction({ ...fields, storeId: draft.storeId || null });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      return;
    }
    setErrors({});
    setMessage(t("dispatch.zones.saved"));
    setDraft({ ...draft, id: result.data.id });
    window.history.replaceState(null, "", `/dispatch/zones?zone=${result.data.id}`);
    router.refresh();
  };

  const remove = async () => {
    if (!draft?.id || !window.confirm(t("dispatch.zones.confirmDelete"))) return;
    setBusy(true);
    const result = await deleteZoneAction({ id: draft.id });
    setBusy(false);
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    pick(null);
    router.refresh();
  };

  return (
    <section className="zone-editor-layout" data-testid="zone-editor">
      <div ref={ref} className="dispatch-canvas" data-testid="zone-canvas" />
      <aside className="dispatch-side">
        <div className="row">
          <button type="button" className="button" data-testid="new-zone" onClick={startNew}>
            {t("dispatch.zones.new")}
          </button>
          <select
            data-testid="zone-pick"
            value={draft?.id ?? ""}
            onChange={(e) => pick(props.zones.find((z) => z.id === e.target.value) ?? null)}
          >
            <option value="">{t("dispatch.zones.pick")}</option>
            {props.zones.map((z) => (
              <option key={z.id} value={z.id}>
                {z.name}
              </option>
            ))}
          </select>
        </div>
        {draft ? (
          <ZoneForm
            draft={draft}
            stores={props.stores}
            canPlatformWide={props.canPlatformWide}
            errors={errors}
            issues={issues}
            message={message}
            busy={busy}
            selectedVertex={vertex}
            onChange={setDraft}
            onDeleteVertex={() => {
              if (vertex === null) return;
              setPolygon(removeVertex(draft.polygon, vertex));
              setVertex(null);
            }}
            onSave={() => void save()}
            onDelete={() => void remove()}
          />
        ) : (
          <p className="small muted">{t("dispatch.zones.pick")}</p>
        )}
      </aside>
    </section>
  );
}
