import type { Locale, Translate } from "@/lib/platform/i18n/messages";
import { formatMoney } from "@/lib/platform/i18n/format";
import type { TicketDetail } from "@/lib/support/server/ticket-detail";
import { AfterSalesForm } from "./after-sales-form";
import { OrderContext } from "./order-context";
import { ReplyBox } from "./reply-box";
import { SlaBadge } from "./sla-badge";
import { Thread } from "./thread";
import { TicketControls } from "./ticket-controls";

/** One ticket: conversation and reply on the left, order context and actions on the right. */
export function TicketPanel(props: {
  detail: TicketDetail;
  agents: { id: string; name: string }[];
  canCompensate: boolean;
  now: Date;
  t: Translate;
  locale: Locale;
}) {
  const { detail, t, locale } = props;
  const tk = detail.ticket;
  return (
    <section
      className="ticket-panel"
      style={{ display: "grid", gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)", gap: 16 }}
      data-testid="ticket-panel"
      data-code={tk.code}
      data-status={tk.status}
    >
      <div>
        <h2>
          <code>{tk.code}</code> {tk.subject}
        </h2>
        <p>
          {t(`ticketStatus.${tk.status}`)} · {t(`priority.${tk.priority}`)} ·{" "}
          {t(`support.source.${tk.source}`)}
          {tk.storeLabel ? ` · ${tk.storeLabel}` : ""} ·{" "}
          <SlaBadge
            dueAt={tk.sla.nextDueAt}
            breached={tk.sla.breached}
            paused={tk.sla.paused}
            now={props.now}
            t={t}
          />
          {tk.csatScore ? (
            <span data-testid="ticket-csat" data-score={tk.csatScore}>
              {` · ${t("support.csat")} ${tk.csatScore}/5`}
              {tk.csatComment ? ` “${tk.csatComment}”` : ""}
            </span>
          ) : null}
        </p>
        <Thread messages={detail.messages} t={t} locale={locale} />
        {tk.status !== "CLOSED" ? (
          <ReplyBox
            ticketId={tk.id}
            version={tk.version}
            canned={detail.canned}
            suggestions={detail.suggestions}
          />
        ) : null}
      </div>
      <div>
        <TicketControls ticket={tk} agents={props.agents} />
        {props.canCompensate && detail.order && tk.status !== "CLOSED" ? (
          <AfterSalesForm ticketId={tk.id} items={detail.order.items} />
        ) : null}
        {detail.actions.length ? (
          <ul className="panel small" data-testid="ticket-actions">
            {detail.actions.map((a) => (
              <li key={a.id}>
                {t(`support.actions.kind.${a.kind}`)} ·{" "}
                {a.amountCents ? formatMoney(a.amountCents, locale) : ""} ·{" "}
                {t(`support.reason.${a.reasonCode as "other"}`)} ·{" "}
                {t(`support.actions.status.${a.status}`)}
              </li>
            ))}
          </ul>
        ) : null}
        <OrderContext detail={detail} t={t} locale={locale} />
      </div>
    </section>
  );
}
