"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { HELP_REASONS, type HelpReason } from "@/lib/tracking/domain/help";
import { postHelpRequest, TrackingWriteError } from "@/lib/tracking/mutations";
import { trackingKeys } from "@/lib/tracking/query-options";

/**
 * The "need help?" button and its small form; the answer names the ticket it went to. While
 * the order has an open conversation the chat takes over and only that answer stays.
 */
export function HelpPanel(props: { token: string; conversationOpen: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<HelpReason>("late");
  const [message, setMessage] = useState("");
  const help = useMutation({
    mutationFn: () => postHelpRequest(props.token, { reason, message }),
    onSuccess: () => {
      setMessage("");
      // the conversation appears at once instead of with the next poll
      void queryClient.invalidateQueries({ queryKey: trackingKeys.order(props.token) });
    },
  });
  if (props.conversationOpen) {
    return help.data ? (
      <p className="notice" role="status" data-testid="help-sent">
        {t("track.help.sent", { code: help.data.ticketCode })}
      </p>
    ) : null;
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button"
        data-testid="help-open"
        onClick={() => setOpen(true)}
      >
        {t("track.help.button")}
      </button>
    );
  }
  const failure =
    help.error instanceof TrackingWriteError && help.error.code === "rate_limited"
      ? t("track.help.rateLimited")
      : help.error
        ? t("track.help.failed")
        : null;
  return (
    <form
      className="form"
      data-testid="help-form"
      onSubmit={(event) => {
        event.preventDefault();
        help.mutate();
      }}
    >
      <h2>{t("track.help.title")}</h2>
      <label className="field">
        <span>{t("track.help.reason")}</span>
        <select
          value={reason}
          data-testid="help-reason"
          onChange={(event) => setReason(event.target.value as HelpReason)}
        >
          {HELP_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`track.help.reason.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("track.help.message")}</span>
        <textarea
          required
          maxLength={1000}
          rows={3}
          value={message}
          data-testid="help-message"
          onChange={(event) => setMessage(event.target.value)}
        />
      </label>
      {help.data ? (
        <p className="notice" role="status" data-testid="help-sent">
          {t("track.help.sent", { code: help.data.ticketCode })}
        </p>
      ) : null}
      {failure ? <p className="form-error">{failure}</p> : null}
      <button
        type="submit"
        className="button primary"
        disabled={help.isPending || message.trim() === ""}
      >
        {t("track.help.submit")}
      </button>
    </form>
  );
}
