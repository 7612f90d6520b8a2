"use client";

import { Bars, type Series } from "./bars";
import { ChartPanel } from "./chart-panel";

/** A chart panel holding one bar chart: "no data" when it has no points. */
export function BarPanel<T extends Record<string, unknown>>(props: {
  title: string;
  testId: string;
  csv: string;
  data: T[];
  empty?: boolean;
  x: keyof T & string;
  series: Series[];
  layout?: "horizontal" | "vertical";
  href?: (point: T) => string;
}) {
  const { title, testId, csv, empty, ...chart } = props;
  return (
    <ChartPanel title={title} testId={testId} csv={csv} empty={empty ?? props.data.length === 0}>
      <Bars {...chart} />
    </ChartPanel>
  );
}
