"use client";

import { useI18n } from "@/components/providers/i18n-provider";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import type { FieldErrors } from "@/lib/platform/errors";
import type { PolygonIssue, Vertex } from "@/lib/dispatch/zones/polygon";

export type ZoneDraft = {
  id: string | null;
  name: string;
  storeId: string;
  fee: string;
  min: string;
  active: boolean;
  polygon: Vertex[];
};

type StoreChoice = { id: string; code: string; nameZh: string; nameEn: string };

/** The zone's fields with their errors; the outline itself is edited on the map. */
export function ZoneForm(props: {
  draft: ZoneDraft;
  stores: StoreChoice[];
  canPlatformWide: boolean;
  errors: FieldErrors;
  issues: PolygonIssue[];
  message: string | null;
  busy: boolean;
  selectedVertex: number | null;
  onChange: (draft: ZoneDraft) => void;
  onDeleteVertex: () => void;
  onSave: () => void;
  onDelete: () => void;
}) {
  const { t, locale } = useI18n();
  const { draft, errors } = props;
  // Server messages are catalogue keys where the schema names them; anything else shows as is.
  const say = (text: string) => (text.startsWith("dispatch.") ? t(text as MessageKey) : text);
  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <span className="form-error" data-testid={`error-${name}`}>
        {errors[name].map(say).join(" ")}
      </span>
    ) : null;
  const set = (patch: Partial<ZoneDraft>) => props.onChange({ ...draft, ...patch });
  return (
    <form
      className="form"
      data-testid="zone-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <label className="field">
        <span>{t("dispatch.zones.name")}</span>
        <input name="name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        {fieldError("name")}
      </label>
      <label className="field">
        <span>{t("dispatch.zones.store")}</span>
        <select
          name="storeId"
          value={draft.storeId}
          disabled={draft.id !== null}
          onChange={(e) => set({ storeId: e.target.value })}
        >
          {props.canPlatformWide ? (
            <option value="">{t("dispatch.zones.platformWide")}</option>
          ) : null}
          {props.stores.map((s) => (
            <option key={s.id} value={s.id}>
              {s.code} · {locale === "en" ? s.nameEn : s.nameZh}
            </option>
          ))}
        </select>
        {fieldError("storeId")}
      </label>
      <label className="field">
        <span>{t("dispatch.zones.fee")}</span>
        <input
          name="fee"
          inputMode="decimal"
          value={draft.fee}
          onChange={(e) => set({ fee: e.target.value })}
        />
        {fieldError("deliveryFeeCents")}
      </label>
      <label className="field">
        <span>{t("dispatch.zones.minOrder")}</span>
        <input
          name="min"
          inputMode="decimal"
          value={draft.min}
          onChange={(e) => set({ min: e.target.value })}
        />
        {fieldError("minOrderCents")}
      </label>
      <label className="small">
        <input
          type="checkbox"
          name="active"
          checked={draft.active}
          onChange={(e) => set({ active: e.target.checked })}
        />{" "}
        {t("dispatch.zones.active")}
      </label>
      <p className="small muted" data-testid="vertex-count" data-count={draft.polygon.length}>
        {t("dispatch.zones.vertices", { n: draft.polygon.length })}
      </p>
      {props.issues.length > 0 ? (
        <p className="form-error" data-testid="polygon-issues">
          {props.issues.map((i) => t(`dispatch.zoneErr.${i}`)).join(" ")}
        </p>
      ) : null}
      {fieldError("polygon")}
      {props.selectedVertex !== null ? (
        <button
          type="button"
          className="button ghost"
          data-testid="delete-vertex"
          onClick={props.onDeleteVertex}
        >
          {t("dispatch.zones.deleteVertex")} ({props.selectedVertex + 1})
        </button>
      ) : null}
      {props.message ? (
        <p className="small" role="status" data-testid="zone-message">
          {props.message}
        </p>
      ) : null}
      <div className="row">
        <button
          type="submit"
          className="button primary"
          data-testid="save-zone"
          disabled={props.busy}
        >
          {t("dispatch.zones.save")}
        </button>
        {draft.id ? (
          <button
            type="button"
            className="button danger"
            data-testid="delete-zone"
            disabled={props.busy}
            onClick={props.onDelete}
          >
            {t("dispatch.zones.delete")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
