import { formatDateTime } from "@/lib/platform/i18n/format";
import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import type { TicketDetail } from "@/lib/support/server/ticket-detail";

/** The conversation, oldest first; bodies are text nodes, so markup in a message stays text. */
export function Thread(props: {
  messages: TicketDetail["messages"];
  t: Translate;
  locale: Locale;
}) {
  const { t, locale } = props;
  return (
    <ol className="thread" data-testid="ticket-thread">
      {props.messages.map((m) => (
        <li
          key={m.id}
          className={`msg msg-${m.authorType.toLowerCase()} ${m.internal ? "msg-internal" : ""}`}
          data-author={m.authorType}
          data-internal={m.internal}
        >
          <div className="small muted">
            {m.authorType === "CUSTOMER"
              ? t("support.customer")
              : m.authorType === "SYSTEM"
                ? t("support.system")
                : (m.authorName ?? "")}
            {m.internal ? ` · ${t("support.internal")}` : ""} ·{" "}
            {formatDateTime(m.createdAt, locale)}
          </div>
          <p style={{ whiteSpace: "pre-wrap" }}>{m.body}</p>
          {m.attachments.map((a) => (
            // eslint-disable-next-line @next/next/no-img-element -- data URLs of checked images
            <img key={a.url.slice(0, 64)} src={a.url} alt={a.name} style={{ maxWidth: 200 }} />
          ))}
        </li>
      ))}
    </ol>
  );
}
