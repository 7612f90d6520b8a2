import { AgentBoard } from "@/components/support/agent-board";
import { AvailabilityToggle } from "@/components/support/availability-toggle";
import { InboxFilters } from "@/components/support/inbox-filters";
import { InboxList } from "@/components/support/inbox-list";
import { InboxLive } from "@/components/support/inbox-live";
import { NewTicketForm } from "@/components/support/new-ticket-form";
import { SupportTabs } from "@/components/support/support-tabs";
import { TicketPanel } from "@/components/support/ticket-panel";
import { PageHeader } from "@/components/ui/page-header";
import { actorCan } from "@/lib/platform/actor";
import { AppError } from "@/lib/platform/errors";
import { getTranslator } from "@/lib/platform/i18n/server";
import { db } from "@/lib/platform/db";
import { requirePagePermission } from "@/lib/platform/session";
import { inboxSearchSchema } from "@/lib/support/schemas";
import { findAgentBoard } from "@/lib/support/server/agents";
import { findAgents, findInbox } from "@/lib/support/server/inbox-queries";
import { getTicketDetail } from "@/lib/support/server/ticket-detail";

export const dynamic = "force-dynamic";

export default async function SupportPage(props: {
  searchParams: Promise<Record<string, string>>;
}) {
  const actor = await requirePagePermission("support.view");
  const raw = await props.searchParams;
  const search = inboxSearchSchema.parse(raw);
  const now = new Date();
  const { t, locale } = await getTranslator();
  const canManage = actorCan(actor, "support.manage");
  const [inbox, agents, detail, board] = await Promise.all([
    findInbox(actor, search, now),
    findAgents(),
    search.ticket
      ? getTicketDetail(actor, search.ticket, locale, now).catch((e: unknown) => {
          if (e instanceof AppError && e.code === "not_found") return null;
          throw e;
        })
      : null,
    findAgentBoard(db, now),
  ]);
  const me = board.find((a) => a.userId === actor.id);
  const query = new URLSearchParams(
    Object.entries(raw).filter(([k, v]) => k !== "ticket" && typeof v === "string" && v !== ""),
  ).toString();
  return (
    <>
      <PageHeader
        title={t("support.title")}
        subtitle={t("common.showing", { shown: inbox.rows.length, total: inbox.total })}
      />
      <SupportTabs
        current="/support"
        t={t}
        show={{ knowledge: canManage, reports: actorCan(actor, "support.reports") }}
      />
      {me ? <AvailabilityToggle online={me.online} needsShift={me.onRota && !me.onDuty} /> : null}
      {canManage ? <AgentBoard agents={board} canManage /> : null}
      <InboxLive label={t("support.live")} />
      {actorCan(actor, "support.reply") ? <NewTicketForm /> : null}
      <InboxFilters search={search} t={t} />
      {detail ? (
        <TicketPanel
          detail={detail}
          agents={agents}
          canCompensate={actorCan(actor, "support.compensate")}
          now={now}
          t={t}
          locale={locale}
        />
      ) : null}
      <section className="panel">
        <InboxList rows={inbox.rows} query={query} selected={search.ticket} now={now} t={t} />
      </section>
    </>
  );
}
