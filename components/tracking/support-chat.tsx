"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { formatTime } from "@/lib/platform/i18n/format";
import type { MessageKey } from "@/lib/platform/i18n/messages";
import { customerMessageSchema } from "@/lib/support/schemas";
import { postCustomerMessage, TrackingWriteError } from "@/lib/tracking/mutations";
import { trackingKeys } from "@/lib/tracking/query-options";
import type { CustomerSupportView } from "@/lib/tracking/types";

const FAILURE: Record<string, MessageKey> = {
  rate_limited: "track.chat.rateLimited",
  conflict: "track.chat.closed",
  payload_too_large: "track.chat.tooLong",
  validation: "track.chat.invalid",
};

/** The shared schema's verdict on a draft, as a message the customer understands; or null. */
function draftError(message: string): MessageKey | null {
  const parsed = customerMessageSchema.safeParse({ message });
  if (parsed.success) return null;
  return parsed.error.issues[0]?.code === "too_big" ? "track.chat.tooLong" : "track.chat.empty";
}

/**
 * The customer's side of the support conversation: agent replies arrive over the page's stream,
 * bodies are text nodes (markup stays text), and writing reopens a resolved ticket.
 */
export function SupportChat(props: { token: string; support: CustomerSupportView }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState("");
  const [fieldError, setFieldError] = useState<MessageKey | null>(null);
  const send = useMutation({
    mutationFn: (message: string) => postCustomerMessage(props.token, { message }),
    onSuccess: () => setDraft(""),
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackingKeys.order(props.token) }),
  });
  const { support } = props;
  const failure = send.error
    ? (FAILURE[send.error instanceof TrackingWriteError ? send.error.code : ""] ??
      "track.chat.failed")
    : null;
  return (
    <section className="panel" data-testid="chat" data-ticket={support.ticketCode}>
      <h2>{t("track.chat.title")}</h2>
      <p className="muted small" data-testid="chat-ticket">
        {t("track.chat.ticket", {
          code: support.ticketCode,
          status: t(`ticketStatus.${support.status}`),
        })}
      </p>
      <ol className="thread" data-testid="chat-thread">
        {support.messages.length === 0 ? <li className="muted">{t("track.chat.none")}</li> : null}
        {support.messages.map((m) => (
          <li key={m.id} className={`msg msg-${m.from}`} data-from={m.from}>
            <div className="small muted">
              {m.from === "customer" ? t("track.chat.you") : t("track.chat.agent")} ·{" "}
              {formatTime(new Date(m.at), locale)}
            </div>
            <p style={{ whiteSpace: "pre-wrap" }}>{m.body}</p>
          </li>
        ))}
      </ol>
      {support.canWrite ? (
        <form
          className="form"
          data-testid="chat-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const problem = draftError(draft);
            setFieldError(problem);
            if (!problem) send.mutate(draft);
          }}
        >
          <label className="field">
            <span>{t("track.chat.label")}</span>
            <textarea
              rows={2}
              value={draft}
              placeholder={t("track.chat.placeholder")}
              aria-invalid={fieldError !== null}
              data-testid="chat-message"
              onChange={(event) => {
                setDraft(event.target.value);
                if (fieldError) setFieldError(draftError(event.target.value));
              }}
            />
          </label>
          {fieldError ? (
            <p className="form-error" role="alert" data-testid="chat-error">
              {t(fieldError)}
            </p>
          ) : failure ? (
            <p className="form-error" role="alert" data-testid="chat-error">
              {t(failure)}
            </p>
          ) : null}
          <button
            type="submit"
            className="button primary"
            disabled={send.isPending}
            data-testid="chat-send"
          >
            {t("track.chat.send")}
          </button>
        </form>
      ) : (
        <p className="notice">{t("track.chat.closed")}</p>
      )}
    </section>
  );
}
