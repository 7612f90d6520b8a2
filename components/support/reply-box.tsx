"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers/i18n-provider";
import { replyAction } from "@/lib/support/server/actions";
import type { TicketDetail } from "@/lib/support/server/ticket-detail";
import { actionErrorText } from "@/lib/support/error-text";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Reply or note, with canned replies (variables already filled) and suggestions to insert. */
export function ReplyBox(props: {
  ticketId: string;
  version: number;
  canned: TicketDetail["canned"];
  suggestions: TicketDetail["suggestions"];
}) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const [then, setThen] = useState<"" | "OPEN" | "PENDING_CUSTOMER" | "RESOLVED">(
    "PENDING_CUSTOMER",
  );
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const send = () =>
    start(async () => {
      setError(null);
      const attachments = file ? [{ name: file.name, dataBase64: await toBase64(file) }] : [];
      const r = await replyAction({
        ticketId: props.ticketId,
        version: props.version,
        body,
        internal,
        attachments,
        then: then || undefined,
      });
      if (!r.ok) {
        setError(actionErrorText(t, r));
        return;
      }
      setBody("");
      setFile(null);
      router.refresh();
    });
  return (
    <div className="panel" data-testid="reply-box">
      <label className="field">
        <span>{t("support.reply.canned")}</span>
        <select
          data-testid="canned-select"
          value=""
          onChange={(e) => {
            const c = props.canned.find((x) => x.id === e.target.value);
            if (c) setBody((locale === "en" ? c.en : c.zh) + (body ? `\n${body}` : ""));
          }}
        >
          <option value="">—</option>
          {props.canned.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <textarea
        rows={4}
        value={body}
        maxLength={4000}
        placeholder={t("support.reply.placeholder")}
        data-testid="reply-body"
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="inline-form">
        <label>
          <input
            type="checkbox"
            checked={internal}
            onChange={(e) => setInternal(e.target.checked)}
            data-testid="reply-internal"
          />{" "}
          {t("support.reply.note")}
        </label>
        <label>
          {t("support.reply.then")}{" "}
          <select
            value={then}
            onChange={(e) => setThen(e.target.value as typeof then)}
            data-testid="reply-then"
          >
            <option value="">{t("support.reply.keep")}</option>
            <option value="OPEN">{t("ticketStatus.OPEN")}</option>
            <option value="PENDING_CUSTOMER">{t("ticketStatus.PENDING_CUSTOMER")}</option>
            <option value="RESOLVED">{t("ticketStatus.RESOLVED")}</option>
          </select>
        </label>
        <label>
          {t("support.reply.attach")}{" "}
          <input
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            data-testid="reply-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <button
          type="button"
          className="button primary"
          disabled={pending || !body.trim()}
          onClick={send}
          data-testid="reply-send"
        >
          {t("support.reply.send")}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert" data-testid="reply-error">
          {error}
        </p>
      ) : null}
      <h3>{t("support.suggestions")}</h3>
      {props.suggestions.length === 0 ? (
        <p className="muted small">{t("support.suggestions.none")}</p>
      ) : null}
      <ul data-testid="suggestions">
        {props.suggestions.map((s) => (
          <li key={s.id}>
            <strong>{s.kind === "ticket" ? `${s.code} · ${s.title}` : s.title}</strong>
            <p className="small muted" style={{ whiteSpace: "pre-wrap" }}>
              {s.body.slice(0, 240)}
            </p>
            <button type="button" className="link-button" onClick={() => setBody(s.body)}>
              {t("support.suggestions.use")}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
