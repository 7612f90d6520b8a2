"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { receivePurchaseOrderAction, sendPurchaseOrderAction } from "@/lib/menu/server/actions";
import type { PurchaseOrderRow } from "@/lib/menu/server/supply-queries";
import { errorText } from "./error-text";

/** Send a draft, or book what arrived against a sent order (line by line). */
export function PoActions(props: {
  po: PurchaseOrderRow;
  canManage: boolean;
  canReceive: boolean;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [qty, setQty] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const { po } = props;
  const done = (r: { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }) => {
    const fieldMsg = r.fieldErrors
      ? Object.values(r.fieldErrors)
          .flat()
          .map((m) => errorText(t, m))
          .join(" ")
      : "";
    setError(r.ok ? null : fieldMsg || errorText(t, r.message ?? ""));
    if (r.ok) {
      setQty({});
      router.refresh();
    }
  };
  if (po.status === "DRAFT" && props.canManage) {
    return (
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() =>
          start(async () => done(await sendPurchaseOrderAction({ purchaseOrderId: po.id })))
        }
      >
        {t("menu.supply.send")}
      </button>
    );
  }
  if ((po.status === "SENT" || po.status === "PARTLY_RECEIVED") && props.canReceive) {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const lines = po.lines.map((l) => ({ lineId: l.id, qty: Number(qty[l.id] || 0) }));
          start(async () =>
            done(await receivePurchaseOrderAction({ purchaseOrderId: po.id, lines })),
          );
        }}
      >
        {po.lines.map((l) => (
          <label key={l.id} className="inline-field small">
            {l.ingredient} ({l.receivedQty}/{l.quantity} {l.unit}) {t("menu.supply.arrived")}{" "}
            <input
              type="number"
              step="any"
              min={0}
              style={{ width: "6em" }}
              value={qty[l.id] ?? ""}
              onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })}
            />
          </label>
        ))}{" "}
        <button type="submit" className="button primary" disabled={pending}>
          {t("menu.supply.receive")}
        </button>
        {error ? (
          <p role="alert" className="error small">
            {t("menu.failed", { message: error })}
          </p>
        ) : null}
      </form>
    );
  }
  return error ? <p className="error small">{error}</p> : null;
}
