"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatMoney } from "@/lib/platform/i18n/format";
import { formatCountdown, slaFor } from "@/lib/orders/domain/sla";
import { slaInput, type OrderCard as Card } from "@/lib/orders/query-options";
import type { OrderCommand } from "./use-order-commands";

const PREP_CHOICES = [10, 15, 20, 30, 45];
const STAGE_LABEL = {
  accept: "board.toAccept",
  ready: "board.toReady",
  deliver: "board.toDeliver",
} as const;

export type DialogKind = "reject" | "cancel" | "refund";

/** One order on the board with its one-click actions. */
export function OrderCard(props: {
  card: Card;
  now: Date;
  focused: boolean;
  pending: boolean;
  error: string | undefined;
  notice?: string | undefined;
  onRun: (command: OrderCommand) => void;
  onDialog: (kind: DialogKind) => void;
  onOpen: () => void;
  onFocus: () => void;
}) {
  const { card, now, pending } = props;
  const { t, locale } = useI18n();
  const [prep, setPrep] = useState(card.prepMinutes);
  const sla = slaFor(slaInput(card), now);
  const ageMin = Math.max(0, Math.floor((now.getTime() - Date.parse(card.placedAt)) / 60_000));
  const ref = { orderId: card.id, version: card.version };
  const items = card.items
    .map((i) => `${locale === "en" ? i.nameEn : i.nameZh}×${i.quantity}`)
    .join("，");
  const choices = PREP_CHOICES.includes(card.prepMinutes)
    ? PREP_CHOICES
    : [...PREP_CHOICES, card.prepMinutes].sort((a, b) => a - b);
  return (
    <article
      className={`order-card${sla.late ? " late" : ""}${props.focused ? " focused" : ""}`}
      data-testid="order-card"
      data-code={card.code}
      data-status={card.status}
      tabIndex={props.focused ? 0 : -1}
      onFocus={props.onFocus}
      aria-busy={pending}
    >
      <header>
        <button type="button" className="link-button" onClick={props.onOpen}>
          <code>{card.code}</code>
        </button>
        <span className="badge info">{t(`channel.${card.channel}`)}</span>
        {sla.late ? <span className="badge danger">{t("orders.late")}</span> : null}
      </header>
      <p className="order-card-items">{items}</p>
      <p className="order-card-meta small muted">
        {card.storeCode} · {formatMoney(card.totalCents, locale)} ·{" "}
        {t("board.age", { minutes: ageMin })}
      </p>
      {sla.stage !== "none" ? (
        <p className={`order-card-sla${sla.late ? " overdue" : ""}`}>
          {t(STAGE_LABEL[sla.stage])} <strong>{formatCountdown(sla.secondsLeft)}</strong>
        </p>
      ) : null}
      {props.error ? (
        <p className="form-error" role="alert" data-testid="action-error">
          {props.error}
        </p>
      ) : null}
      {props.notice ? (
        <p className="notice" role="status" data-testid="action-notice">
          {props.notice}
        </p>
      ) : null}
      <div className="order-card-actions">
        {card.status === "PLACED" ? (
          <>
            <select
              aria-label={t("board.prepTime")}
              value={prep}
              disabled={pending}
              onChange={(e) => setPrep(Number(e.target.value))}
            >
              {choices.map((m) => (
                <option key={m} value={m}>
                  {t("board.prep", { minutes: m })}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button primary"
              disabled={pending}
              onClick={() => props.onRun({ kind: "accept", ...ref, prepMinutes: prep })}
            >
              {t("board.accept")}
            </button>
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => props.onDialog("reject")}
            >
              {t("board.reject")}
            </button>
          </>
        ) : null}
        {card.status === "ACCEPTED" ? (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => props.onRun({ kind: "start_preparing", ...ref })}
          >
            {t("board.startPreparing")}
          </button>
        ) : null}
        {card.status === "ACCEPTED" || card.status === "PREPARING" ? (
          <button
            type="button"
            className="button primary"
            disabled={pending}
            onClick={() => props.onRun({ kind: "mark_ready", ...ref })}
          >
            {t("board.markReady")}
          </button>
        ) : null}
        {card.status !== "PLACED" ? (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => props.onDialog("cancel")}
          >
            {t("board.cancel")}
          </button>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => props.onDialog("refund")}
        >
          {t("board.refund")}
        </button>
      </div>
    </article>
  );
}
