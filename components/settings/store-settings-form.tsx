"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import type { FieldErrors } from "@/lib/platform/errors";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import {
  AUTO_ACCEPT_CHANNELS,
  STORE_STATUSES,
  type UpdateStoreSettingsForm,
} from "@/lib/settings/schemas";
import { updateStoreSettingsAction } from "@/lib/settings/server/actions";
import { FieldError } from "./field-error";
import { HoursEditor } from "./hours-editor";

type TextField =
  | "pausedReason"
  | "prepMinutes"
  | "busyExtraMinutes"
  | "slotMaxOrders"
  | "slotMaxValue"
  | "minOrder"
  | "packagingFee";

type FieldDef = { name: TextField; label: MessageKey; placeholder?: MessageKey };

const ORDERING_FIELDS: readonly FieldDef[] = [
  { name: "prepMinutes", label: "settings.prep" },
  { name: "busyExtraMinutes", label: "settings.busyExtra" },
  { name: "minOrder", label: "settings.minOrderYuan" },
  { name: "packagingFee", label: "settings.packagingFeeYuan" },
];
const THROTTLE_FIELDS: readonly FieldDef[] = [
  { name: "slotMaxOrders", label: "settings.slotMaxOrders", placeholder: "settings.noLimit" },
  { name: "slotMaxValue", label: "settings.slotMaxValue", placeholder: "settings.noLimit" },
];

/** Edits one store's settings; field errors from the shared schema show next to each field. */
export function StoreSettingsForm(props: { initial: UpdateStoreSettingsForm }) {
  const { t } = useI18n();
  const router = useRouter();
  const [form, setForm] = useState(props.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const setText = (name: TextField, value: string) => setForm((f) => ({ ...f, [name]: value }));
  const textField = ({ name, label, placeholder }: FieldDef) => (
    <label key={name} className="field">
      <span>{t(label)}</span>
      <input
        name={name}
        inputMode="decimal"
        value={form[name]}
        placeholder={placeholder ? t(placeholder) : undefined}
        onChange={(e) => setText(name, e.target.value)}
      />
      <FieldError errors={errors} path={name} />
    </label>
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await updateStoreSettingsAction(form);
      if (result.ok) {
        setErrors({});
        router.push("/settings");
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
    });
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate data-testid="store-settings-form">
      <fieldset>
        <legend>{t("common.status")}</legend>
        <p className="small muted">{t("settings.statusHint")}</p>
        {STORE_STATUSES.map((status) => (
          <label key={status} className="inline-field">
            <input
              type="radio"
              name="status"
              value={status}
              checked={form.status === status}
              onChange={() => setForm((f) => ({ ...f, status }))}
            />
            {t(`storeStatus.${status}`)}
          </label>
        ))}
        {form.status === "PAUSED" ? (
          <label className="field">
            <span>{t("settings.pausedReason")}</span>
            <input
              name="pausedReason"
              value={form.pausedReason}
              maxLength={200}
              onChange={(e) => setText("pausedReason", e.target.value)}
            />
            <FieldError errors={errors} path="pausedReason" />
          </label>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t("settings.autoAccept")}</legend>
        {AUTO_ACCEPT_CHANNELS.map((channel) => (
          <label key={channel} className="inline-field">
            <input
              type="checkbox"
              name={`autoAccept.${channel}`}
              checked={form.autoAccept[channel]}
              onChange={(e) =>
                setForm((f) => ({
                  ...f,
                  autoAccept: { ...f.autoAccept, [channel]: e.target.checked },
                }))
              }
            />
            {t(`channel.${channel}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("settings.ordering")}</legend>
        {ORDERING_FIELDS.map(textField)}
      </fieldset>
      <fieldset>
        <legend>{t("settings.throttle")}</legend>
        {THROTTLE_FIELDS.map(textField)}
      </fieldset>
      <fieldset>
        <legend>{t("settings.hours")}</legend>
        <HoursEditor
          days={form.hours}
          errors={errors}
          onChange={(index, day) =>
            setForm((f) => ({ ...f, hours: f.hours.map((d, i) => (i === index ? day : d)) }))
          }
        />
      </fieldset>
      {message ? (
        <p role="alert" className="form-error" data-testid="settings-form-error">
          {message}
        </p>
      ) : null}
      <div className="inline-field">
        <button type="submit" className="button primary" disabled={pending}>
          {t("common.save")}
        </button>
        <Link href="/settings" className="button ghost">
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}
