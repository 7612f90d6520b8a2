"use client";

import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { correctOrderAction } from "@/lib/orders/server/entry-actions";
import type { FieldErrors } from "@/lib/platform/errors";
import { FieldError } from "./field-error";

/** Corrects the delivery note and address line of an order not yet picked up. */
export function CorrectOrderForm() {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (form: FormData) =>
    startTransition(async () => {
      const text = (k: string) => String(form.get(k) ?? "").trim();
      const result = await correctOrderAction({
        orderId: text("order"),
        note: text("note"),
        addressLine: text("addressLine"),
      });
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage(result.ok ? null : result.message);
      setDone(result.ok ? result.data.code : null);
    });
  return (
    <form
      className="panel entry-form"
      data-testid="correct-order-form"
      // onSubmit rather than a form action: React resets a form after its action, which would
      // wipe what staff typed whenever the server sends back field errors.
      onSubmit={(e) => {
        e.preventDefault();
        submit(new FormData(e.currentTarget));
      }}
    >
      <h2>{t("entry.correctTitle")}</h2>
      <label>
        {t("orders.code")} <input name="order" required maxLength={64} />
        <FieldError errors={errors} prefix="orderId" />
      </label>
      <label>
        {t("entry.address")} <input name="addressLine" required maxLength={200} />
        <FieldError errors={errors} prefix="addressLine" />
      </label>
      <label>
        {t("entry.note")} <textarea name="note" maxLength={300} />
      </label>
      <button type="submit" className="button" disabled={pending}>
        {t("entry.correct")}
      </button>
      {message ? (
        <p role="alert" className="error">
          {message}
        </p>
      ) : null}
      {done ? <p role="status">{t("entry.corrected", { code: done })}</p> : null}
    </form>
  );
}
