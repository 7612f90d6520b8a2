"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";

/** A small modal asking why (reject, cancel); confirms only with a reason. */
export function ReasonDialog(props: {
  title: string;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  return (
    <div className="modal-backdrop" onClick={props.onClose}>
      <form
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        className="modal"
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) props.onConfirm(reason.trim());
        }}
      >
        <h2>{props.title}</h2>
        <label className="field">
          <span>{t("board.reason")}</span>
          <input
            autoFocus
            name="reason"
            value={reason}
            maxLength={300}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <div className="modal-actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t("board.close")}
          </button>
          <button type="submit" className="button primary" disabled={!reason.trim()}>
            {t("board.confirm")}
          </button>
        </div>
      </form>
    </div>
  );
}
