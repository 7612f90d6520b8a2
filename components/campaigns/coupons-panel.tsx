"use client";

import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { generateCouponsAction } from "@/lib/campaigns/server/actions";

/** Generates coupon codes: open codes, or one per listed customer phone. */
export function CouponsPanel(props: { campaignId: string; total: number; used: number }) {
  const { t } = useI18n();
  const [pending, startTransition] = useTransition();
  const [codes, setCodes] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const submit = (form: FormData) =>
    startTransition(async () => {
      const phones = String(form.get("phones") ?? "")
        .split(/\s+/)
        .filter(Boolean);
      const result = await generateCouponsAction({
        campaignId: props.campaignId,
        count: Number(form.get("count")),
        prefix: String(form.get("prefix") ?? "").toUpperCase(),
        maxUses: Number(form.get("maxUses")),
        perCustomerLimit: Number(form.get("perCustomer")),
        customerPhones: phones,
      });
      if (result.ok) {
        setCodes(result.data.codes);
        setMessage(t("campaigns.coupons.generated", { count: result.data.count }));
      } else {
        setMessage([result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(" "));
      }
    });
  return (
    <section className="panel" data-testid="coupons-panel">
      <h2>{t("campaigns.coupons.title")}</h2>
      <p className="muted">
        {t("campaigns.coupons.total", { count: props.total, used: props.used })}
      </p>
      <form
        className="entry-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit(new FormData(e.currentTarget));
        }}
      >
        <label>
          {t("campaigns.coupons.count")}{" "}
          <input name="count" inputMode="numeric" defaultValue={10} />
        </label>
        <label>
          {t("campaigns.coupons.prefix")} <input name="prefix" maxLength={8} />
        </label>
        <label>
          {t("campaigns.coupons.maxUses")}{" "}
          <input name="maxUses" inputMode="numeric" defaultValue={1} />
        </label>
        <label>
          {t("campaigns.coupons.perCustomer")}{" "}
          <input name="perCustomer" inputMode="numeric" defaultValue={1} />
        </label>
        <label>
          {t("campaigns.coupons.phones")} <textarea name="phones" rows={3} />
        </label>
        <button type="submit" className="button" disabled={pending}>
          {t("campaigns.coupons.generate")}
        </button>
      </form>
      {message ? <p role="status">{message}</p> : null}
      {codes.length > 0 ? (
        <p className="small" data-testid="coupon-codes">
          {codes.map((c) => (
            <code key={c}>{c} </code>
          ))}
        </p>
      ) : null}
    </section>
  );
}
