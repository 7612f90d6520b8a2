"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import { orderDetailQueryOptions } from "@/lib/orders/query-options";
import type { OrderCommand } from "./use-order-commands";

const REASONS = ["MISSING_ITEM", "WRONG_ITEM", "QUALITY", "LATE", "OTHER"] as const;
const BEARERS = ["STORE", "PLATFORM", "COURIER"] as const;

/** Refund in full or chosen quantities of chosen lines, with a reason and who pays. */
export function RefundDialog(props: {
  orderId: string;
  onConfirm: (command: Extract<OrderCommand, { kind: "refund" }>) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const detail = useQuery(orderDetailQueryOptions(props.orderId));
  const [full, setFull] = useState(true);
  const [qty, setQty] = useState<Record<string, number>>({});
  const [reasonCode, setReasonCode] = useState<string>(REASONS[0]);
  const [bearer, setBearer] = useState<(typeof BEARERS)[number]>("STORE");
  const chosen = Object.entries(qty)
    .filter(([, q]) => q > 0)
    .map(([orderItemId, quantity]) => ({ orderItemId, quantity }));
  const canConfirm = full || chosen.length > 0;
  return (
    <div className="modal-backdrop" onClick={props.onClose}>
      <form
        role="dialog"
        aria-modal="true"
        aria-label={t("board.refund")}
        className="modal"
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          if (!canConfirm) return;
          const items = full ? null : chosen;
          props.onConfirm({ kind: "refund", orderId: props.orderId, items, reasonCode, bearer });
        }}
      >
        <h2>{t("board.refund")}</h2>
        <div className="inline-field">
          <label>
            <input type="radio" checked={full} onChange={() => setFull(true)} />{" "}
            {t("board.refundFull")}
          </label>
          <label>
            <input type="radio" checked={!full} onChange={() => setFull(false)} />{" "}
            {t("board.refundItems")}
          </label>
        </div>
        {!full && detail.data ? (
          <ul className="refund-lines">
            {detail.data.lines.map((line) => {
              const left = line.quantity - line.refundedQty;
              return (
                <li key={line.id}>
                  <span>
                    {locale === "en" ? line.nameEn : line.nameZh} ·{" "}
                    {formatMoney(line.unitPriceCents, locale)}
                  </span>
                  <input
                    type="number"
                    min={0}
                    max={left}
                    disabled={left === 0}
                    aria-label={locale === "en" ? line.nameEn : line.nameZh}
                    value={qty[line.id] ?? 0}
                    onChange={(e) => {
                      const value = Math.min(left, Math.max(0, Number(e.target.value) || 0));
                      setQty((prev) => ({ ...prev, [line.id]: value }));
                    }}
                  />
                </li>
              );
            })}
          </ul>
        ) : null}
        <label className="field">
          <span>{t("board.refundReason")}</span>
          <select value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`refundReason.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("board.bearer")}</span>
          <select
            value={bearer}
            onChange={(e) => setBearer(BEARERS.find((b) => b === e.target.value) ?? "STORE")}
          >
            {BEARERS.map((b) => (
              <option key={b} value={b}>
                {t(`bearer.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="modal-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t("board.close")}
          </button>
          <button type="submit" className="button primary" disabled={!canConfirm}>
            {t("board.confirm")}
          </button>
        </div>
      </form>
    </div>
  );
}
