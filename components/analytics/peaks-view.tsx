"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useLiveEvents, type LiveEventData } from "@/components/live/use-live-events";
import { useI18n } from "@/components/providers/i18n-provider";
import type { Peaks } from "@/lib/analytics/server/peaks";
import { Bars } from "./bars";
import { ChartPanel } from "./chart-panel";
import { csvHref, drillHref } from "./drill";
import { KpiCards } from "./kpi-cards";

// Polling is only the fallback while the event stream is down (or not allowed for the role).
const FALLBACK_MS = 30_000;
// A burst of new orders (a rush, a replay after reconnect) becomes one re-read.
const DEBOUNCE_MS = 300;
const WEEK = [1, 2, 3, 4, 5, 6, 0];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Weekday × hour heatmap (cells link to their orders) and today against a typical day. */
export function PeaksView({ data, query }: { data: Peaks; query: Record<string, string> }) {
  const { t } = useI18n();
  const router = useRouter();
  // Live: each new order on the event stream re-reads the panel (today's curve counts orders
  // newer than the last rollup refresh straight from the orders).
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onEvent = useCallback(
    (event: LiveEventData) => {
      if (event.topic !== "order.created" || timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        router.refresh();
      }, DEBOUNCE_MS);
    },
    [router],
  );
  const { connected } = useLiveEvents(onEvent);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);
  useEffect(() => {
    if (connected) return;
    const id = setInterval(() => router.refresh(), FALLBACK_MS);
    return () => clearInterval(id);
  }, [connected, router]);
  const cells = new Map(data.heatmap.map((c) => [`${c.weekday}|${c.hour}`, c.orders]));
  const todayTotal = data.hours.reduce((sum, h) => sum + h.today, 0);
  const hours = data.hours.map((h) => ({ ...h, label: String(h.hour), typical: h.typical ?? 0 }));
  return (
    <div className="grid">
      <KpiCards
        items={[
          {
            label: t("analytics.orders"),
            value: data.kpis.orders,
            kind: "count",
            testId: "kpi-orders",
          },
          {
            label:
              data.peakHour === null
                ? t("analytics.peakHourPerDay")
                : `${t("analytics.peakHourPerDay")} · ${t("analytics.peakHour", { hour: data.peakHour })}`,
            value: data.kpis.peakHourPerDay,
            kind: "number",
            testId: "kpi-peak-hour",
          },
        ]}
      />
      <ChartPanel
        title={t("analytics.heatmap")}
        testId="chart-heatmap"
        empty={data.max === 0}
        csv={csvHref(query, "peaks", "heatmap")}
        tall
      >
        <div style={{ overflowX: "auto" }}>
          <table className="data" style={{ fontSize: 11 }}>
            <thead>
              <tr>
                <th />
                {HOURS.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {WEEK.map((w) => (
                <tr key={w}>
                  <th>{t(`analytics.weekday.${w}` as "analytics.weekday.0")}</th>
                  {HOURS.map((h) => {
                    const n = cells.get(`${w}|${h}`) ?? 0;
                    const alpha = data.max > 0 ? n / data.max : 0;
                    return (
                      <td
                        key={h}
                        style={{ padding: 0, background: `rgba(240,90,40,${alpha.toFixed(2)})` }}
                      >
                        <Link
                          href={drillHref(query, { weekday: w, hour: h })}
                          title={`${n}`}
                          data-testid={`heat-${w}-${h}`}
                          style={{
                            display: "block",
                            minWidth: 22,
                            padding: "4px 2px",
                            textAlign: "center",
                            color: alpha > 0.6 ? "#fff" : "inherit",
                          }}
                        >
                          {n > 0 ? n : ""}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartPanel>
      <ChartPanel
        title={t("analytics.todayVsTypical")}
        testId="chart-today"
        note={
          <span data-testid="today-total" data-live={connected ? "stream" : "poll"}>
            {t("analytics.todayTotal", { n: todayTotal })}
          </span>
        }
        empty={hours.every((h) => h.today === 0 && h.typical === 0)}
        csv={csvHref(query, "peaks", "today")}
      >
        <Bars
          data={hours}
          x="label"
          series={[
            { key: "today", label: t("analytics.today") },
            { key: "typical", label: t("analytics.typical"), line: true },
          ]}
          href={(p) =>
            drillHref(query, { day: data.today, hour: p.hour, from: data.today, to: data.today })
          }
        />
      </ChartPanel>
    </div>
  );
}
