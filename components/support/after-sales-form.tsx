"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import { afterSalesAction } from "@/lib/support/server/actions";
import { REASON_CODES, type ReasonCode } from "@/lib/support/domain/policy";
import type { TicketDetail } from "@/lib/support/server/ticket-detail";
import { actionErrorText } from "@/lib/support/error-text";

const KINDS = ["REFUND", "COUPON", "RESEND", "REDISPATCH", "COURIER_CLAIM"] as const;
const BEARERS = ["STORE", "PLATFORM", "COURIER"] as const;

/** After-sales actions with reason codes and cost bearer; refunds by item or in full. */
export function AfterSalesForm(props: {
  ticketId: string;
  items: NonNullable<TicketDetail["order"]>["items"];
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [kind, setKind] = useState<(typeof KINDS)[number]>("REFUND");
  const [reasonCode, setReason] = useState<ReasonCode>("missing_item");
  const [bearer, setBearer] = useState<(typeof BEARERS)[number]>("STORE");
  const [full, setFull] = useState(false);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [yuan, setYuan] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      setError(null);
      setResult(null);
      const base = { ticketId: props.ticketId, reasonCode, bearer };
      const amountCents = Math.round(Number(yuan || "0") * 100);
      const items = Object.entries(qty)
        .filter(([, q]) => q > 0)
        .map(([orderItemId, quantity]) => ({ orderItemId, quantity }));
      const r = await afterSalesAction(
        kind === "REFUND"
          ? { ...base, kind, items: full ? null : items }
          : kind === "COUPON"
            ? { ...base, kind, amountCents }
            : { ...base, kind, amountCents },
      );
      if (!r.ok) {
        setError(actionErrorText(t, r));
        return;
      }
      const amount = formatMoney(r.data.amountCents, locale);
      setResult(
        t(r.data.status === "DONE" ? "support.actions.done" : "support.actions.pending", {
          amount,
        }),
      );
      router.refresh();
    });
  return (
    <div className="panel" data-testid="after-sales">
      <h3>{t("support.actions")}</h3>
      <div className="inline-form">
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          data-testid="action-kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`support.actions.kind.${k}`)}
            </option>
          ))}
        </select>
        <select
          value={reasonCode}
          onChange={(e) => setReason(e.target.value as ReasonCode)}
          data-testid="action-reason"
        >
          {REASON_CODES.map((r) => (
            <option key={r} value={r}>
              {t(`support.reason.${r}`)}
            </option>
          ))}
        </select>
        <select
          value={bearer}
          onChange={(e) => setBearer(e.target.value as typeof bearer)}
          data-testid="action-bearer"
        >
          {BEARERS.map((b) => (
            <option key={b} value={b}>
              {t(`support.bearer.${b}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === "REFUND" ? (
        <>
          <label>
            <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />{" "}
            {t("support.actions.fullRefund")}
          </label>
          {!full ? (
            <ul className="refund-lines">
              {props.items.map((i) => (
                <li key={i.id}>
                  <input
                    type="number"
                    min={0}
                    max={i.quantity - i.refundedQty}
                    value={qty[i.id] ?? 0}
                    data-testid="refund-qty"
                    onChange={(e) => setQty({ ...qty, [i.id]: Number(e.target.value) })}
                    style={{ width: 56 }}
                  />{" "}
                  {i.name} × {i.quantity - i.refundedQty} · {formatMoney(i.lineTotalCents, locale)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <label className="field">
          <span>{t("support.actions.amount")}</span>
          <input
            inputMode="decimal"
            value={yuan}
            onChange={(e) => setYuan(e.target.value)}
            data-testid="action-amount"
          />
        </label>
      )}
      <button
        type="button"
        className="button primary"
        disabled={pending}
        onClick={submit}
        data-testid="action-submit"
      >
        {t("support.actions.submit")}
      </button>
      {result ? (
        <p className="notice" role="status" data-testid="action-result">
          {result}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert" data-testid="action-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
