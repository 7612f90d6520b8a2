"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/providers/i18n-provider";
import { EmptyState } from "@/components/ui/empty-state";

/** A titled chart box with its CSV link; "no data" instead of an empty or NaN chart. */
export function ChartPanel(props: {
  title: string;
  testId: string;
  empty: boolean;
  csv?: string;
  note?: ReactNode;
  tall?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid={props.testId}>
      <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
        <h2>{props.title}</h2>
        {props.csv && !props.empty ? (
          <a href={props.csv} download className="button ghost" data-testid={`${props.testId}-csv`}>
            {t("analytics.export.csv")}
          </a>
        ) : null}
      </div>
      {props.empty ? (
        <EmptyState message={t("common.noData")} />
      ) : (
        <div className="chart-box" style={props.tall ? { height: "auto" } : undefined}>
          {props.children}
        </div>
      )}
      {props.note ? <p className="muted">{props.note}</p> : null}
    </section>
  );
}
