"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/i18n-provider";

type LowStock = {
  key: string;
  kind: "item" | "ingredient";
  name: string;
  stockQty: number;
  threshold: number;
};

const MAX_SHOWN = 5;

function lowStockOf(data: string, key: string): LowStock | null {
  try {
    const event = JSON.parse(data) as { topic?: unknown; payload?: unknown };
    if (event.topic !== "stock.low" || typeof event.payload !== "object" || !event.payload)
      return null;
    const p = event.payload as Record<string, unknown>;
    if (typeof p.name !== "string" || typeof p.stockQty !== "number") return null;
    return {
      key,
      kind: p.kind === "ingredient" ? "ingredient" : "item",
      name: p.name,
      stockQty: p.stockQty,
      threshold: typeof p.threshold === "number" ? p.threshold : 0,
    };
  } catch {
    return null;
  }
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
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource("/api/events");
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(source.readyState === EventSource.OPEN);
    source.onmessage = (message: MessageEvent<string>) => {
      const alert = lowStockOf(message.data, message.lastEventId || String(Date.now()));
      if (alert)
        setAlerts((prev) =>
          [alert, ...prev.filter((a) => a.key !== alert.key)].slice(0, MAX_SHOWN),
        );
    };
    return () => source.close();
  }, []);
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
