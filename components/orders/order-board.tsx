"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { useLiveEvents } from "@/components/live/use-live-events";
import {
  BOARD_STATUSES,
  boardFiltersSchema,
  boardQueryOptions,
  boardSearch,
  type BoardFilters as Filters,
  type OrderCard as Card,
} from "@/lib/orders/query-options";
import { BoardFilters, type StoreChoice } from "./board-filters";
import { NewOrderAlert } from "./new-order-alert";
import { OrderCard, type DialogKind } from "./order-card";
import { OrderDrawer } from "./order-drawer";
import { ReasonDialog } from "./reason-dialog";
import { RefundDialog } from "./refund-dialog";
import { useBoardKeys } from "./use-board-keys";
import { useNow } from "./use-now";
import { useOrderCommands } from "./use-order-commands";

// Only while the event stream is down; with the stream up, changes arrive as pushes.
const FALLBACK_POLL_MS = 5_000;

/** The live order board: a column per open status, alerts, drawer and keyboard shortcuts. */
export function OrderBoard(props: { stores: StoreChoice[] }) {
  const { t } = useI18n();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const filters = boardFiltersSchema.parse(Object.fromEntries(searchParams));
  const openId = searchParams.get("order");
  const { connected } = useLiveEvents();
  const { data } = useSuspenseQuery({
    ...boardQueryOptions(filters),
    refetchInterval: connected ? false : FALLBACK_POLL_MS,
  });
  const now = useNow();
  const commands = useOrderCommands();
  const [acked, setAcked] = useState<ReadonlySet<string>>(new Set());
  const [focusId, setFocusId] = useState<string | null>(null);
  const [dialog, setDialog] = useState<{ kind: DialogKind; card: Card } | null>(null);

  // Filters and the drawer live in the URL; replaceState updates it without a server round trip.
  const setUrl = (next: Filters, order: string | null) => {
    const params = new URLSearchParams(boardSearch(next));
    const view = searchParams.get("view");
    if (view) params.set("view", view);
    if (order) params.set("order", order);
    const query = params.toString();
    window.history.replaceState(null, "", query ? `${pathname}?${query}` : pathname);
  };

  const columns = BOARD_STATUSES.map((status) => ({
    status,
    cards: data.orders.filter((o) => o.status === status),
  }));
  const flat = columns.flatMap((c) => c.cards);
  const focused = flat.find((c) => c.id === focusId) ?? null;
  const ringing = data.orders.filter((o) => o.status === "PLACED" && !acked.has(o.id));

  const move = (step: number) => {
    if (flat.length === 0) return;
    const index = focused ? flat.indexOf(focused) : -1;
    const target = flat[(index + step + flat.length) % flat.length];
    if (!target) return;
    setFocusId(target.id);
    document
      .querySelector<HTMLElement>(`[data-testid=order-card][data-code="${target.code}"]`)
      ?.focus();
  };
  const ref = (card: Card) => ({ orderId: card.id, version: card.version });
  useBoardKeys({
    next: () => move(1),
    previous: () => move(-1),
    accept: () => {
      if (focused?.status === "PLACED") commands.run({ kind: "accept", ...ref(focused) });
    },
    preparing: () => {
      if (focused?.status === "ACCEPTED")
        commands.run({ kind: "start_preparing", ...ref(focused) });
    },
    ready: () => {
      if (focused?.status === "ACCEPTED" || focused?.status === "PREPARING") {
        commands.run({ kind: "mark_ready", ...ref(focused) });
      }
    },
    open: () => {
      if (focused) setUrl(filters, focused.id);
    },
    close: () => {
      if (dialog) setDialog(null);
      else if (openId) setUrl(filters, null);
    },
    search: () => document.getElementById("board-search")?.focus(),
  });

  return (
    <section className="board-wrap" data-testid="order-board" data-live={connected ? "on" : "off"}>
      <NewOrderAlert
        ringingIds={ringing.map((o) => o.id)}
        codes={ringing.map((o) => o.code)}
        onAcknowledge={() => setAcked(new Set([...acked, ...ringing.map((o) => o.id)]))}
      />
      <div className="board-toolbar">
        <BoardFilters filters={filters} stores={props.stores} onChange={(f) => setUrl(f, openId)} />
        <span className={`badge ${connected ? "ok" : "warn"}`} data-testid="live-status">
          {connected ? t("board.live") : t("board.offline")}
        </span>
        <Link href="/orders/attention" className="button" data-testid="attention-link">
          {t("attention.link")}
        </Link>
      </div>
      <p className="small muted board-keys">{t("board.shortcuts")}</p>
      <div className="board">
        {columns.map((column) => (
          <div key={column.status} className="board-column" data-testid={`column-${column.status}`}>
            <h3>
              {t(`status.${column.status}`)} <span className="count">{column.cards.length}</span>
            </h3>
            {column.cards.map((card) => (
              <OrderCard
                key={card.id}
                card={card}
                now={now}
                focused={card.id === focusId}
                pending={commands.pending.has(card.id)}
                error={commands.errors[card.id]}
                notice={commands.notices[card.id]}
                onRun={commands.run}
                onDialog={(kind) => setDialog({ kind, card })}
                onOpen={() => setUrl(filters, card.id)}
                onFocus={() => setFocusId(card.id)}
              />
            ))}
          </div>
        ))}
      </div>
      {dialog?.kind === "refund" ? (
        <RefundDialog
          orderId={dialog.card.id}
          onClose={() => setDialog(null)}
          onConfirm={(command) => {
            setDialog(null);
            commands.run(command);
          }}
        />
      ) : dialog ? (
        <ReasonDialog
          title={t(dialog.kind === "reject" ? "board.reject" : "board.cancel")}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => {
            const kind = dialog.kind === "reject" ? "reject" : "cancel";
            setDialog(null);
            commands.run({ kind, ...ref(dialog.card), reason });
          }}
        />
      ) : null}
      {openId ? <OrderDrawer orderId={openId} onClose={() => setUrl(filters, null)} /> : null}
    </section>
  );
}
