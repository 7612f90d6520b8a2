"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { useLiveStream } from "@/components/live/use-live-stream";
import type { LiveMessage } from "@/lib/live/client-hub";

type LowStock = {
  key: string;
  kind: "item" | "ingredient";
  name: string;
  stockQty: number;
  threshold: number;
};

const MAX_SHOWN = 5;
const STOCK_TOPICS = ["stock.low"];

function lowStockOf(event: LiveMessage): LowStock | null {
  if (typeof event.payload !== "object" || !event.payload) return null;
  const p = event.payload as Record<string, unknown>;
  if (typeof p.name !== "string" || typeof p.stockQty !== "number") return null;
  return {
    key: event.id || String(Date.now()),
    kind: p.kind === "ingredient" ? "ingredient" : "item",
    name: p.name,
    stockQty: p.stockQty,
    threshold: typeof p.threshold === "number" ? p.threshold : 0,
  };
}

/**
 * The staff notification for low stock: a toast per `stock.low` event of the viewer's stores
 * (the event stream is store-scoped), pushed live while any console page is open. The same
 * condition stays in the needs-attention queue until restocked; a toast only says "it just
 * happened" and can be dismissed.
 */
export function LowStockAlerts() {
  const { t } = useI18n();
  const [alerts, setAlerts] = useState<LowStock[]>([]);
  // One subscriber of the page's shared event stream (the board, map or inbox share it).
  const onEvent = useCallback((event: LiveMessage) => {
    const alert = lowStockOf(event);
    if (alert)
      setAlerts((prev) => [alert, ...prev.filter((a) => a.key !== alert.key)].slice(0, MAX_SHOWN));
  }, []);
  const { connected: live } = useLiveStream(STOCK_TOPICS, onEvent);
  // Says whether the stream is open (a test waits for it before causing an alert).
  const marker = <span hidden data-testid="low-stock-live" data-live={live ? "open" : "closed"} />;
  if (alerts.length === 0) return marker;
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="low-stock-alerts"
      style={{ position: "fixed", right: 16, bottom: 16, zIndex: 50, maxWidth: 360 }}
    >
      {marker}
      {alerts.map((a) => (
        <div key={a.key} className="panel" data-testid="low-stock-alert" style={{ marginTop: 8 }}>
          <strong>{t("menu.lowStock")}</strong>{" "}
          {t("menu.alert.lowStock", {
            name: a.name,
            qty: String(a.stockQty),
            threshold: String(a.threshold),
          })}{" "}
          <Link href="/orders/attention">{t("menu.alert.open")}</Link>{" "}
          <button
            type="button"
            className="button"
            aria-label={t("menu.alert.dismiss")}
            onClick={() => setAlerts((prev) => prev.filter((x) => x.key !== a.key))}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
