"use client";

import { useRouter } from "next/navigation";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  ComposedChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const GRID = "#e3e6ec";
const COLORS = ["#f05a28", "#2563eb", "#16a34a", "#a855f7"];

export type Series = { key: string; label: string; line?: boolean };

/**
 * Bars (and optional lines) over prepared points; clicking a point opens `href(point)`, the
 * list of orders behind it.
 */
export function Bars<T extends Record<string, unknown>>(props: {
  data: T[];
  x: keyof T & string;
  series: Series[];
  href?: (point: T) => string;
  layout?: "horizontal" | "vertical";
}) {
  const router = useRouter();
  const vertical = props.layout === "vertical";
  const Chart = props.series.some((s) => s.line) ? ComposedChart : BarChart;
  // Bars report their own index; the chart-level click covers lines (nearest point).
  const open = (index: number) => {
    const point = Number.isInteger(index) ? props.data[index] : undefined;
    if (point && props.href) router.push(props.href(point));
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Chart
        data={props.data}
        layout={vertical ? "vertical" : "horizontal"}
        margin={{ top: 8, right: 8, bottom: 0, left: vertical ? 40 : 0 }}
        style={props.href ? { cursor: "pointer" } : undefined}
        onClick={(state) => open(Number(state?.activeTooltipIndex ?? NaN))}
      >
        <CartesianGrid stroke={GRID} vertical={vertical} horizontal={!vertical} />
        {vertical ? (
          <>
            <XAxis type="number" tickLine={false} />
            <YAxis type="category" dataKey={props.x as string} width={120} tickLine={false} />
          </>
        ) : (
          <>
            <XAxis dataKey={props.x as string} tickLine={false} />
            <YAxis width={48} tickLine={false} />
          </>
        )}
        <Tooltip />
        {props.series.length > 1 ? <Legend /> : null}
        {props.series.map((s, i) =>
          s.line ? (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ) : (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
              onClick={(_bar, index) => open(index)}
            />
          ),
        )}
      </Chart>
    </ResponsiveContainer>
  );
}
