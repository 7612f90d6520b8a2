"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const GRID = "#e3e6ec";

/** A bar chart of prepared points (aggregation happened on the server). */
export function ReportBars(props: {
  data: { label: string; value: number }[];
  name: string;
  vertical?: boolean;
  testId: string;
}) {
  const vertical = props.vertical ?? false;
  return (
    <div className="chart-box" data-testid={props.testId} style={{ height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={props.data}
          layout={vertical ? "vertical" : "horizontal"}
          margin={{ top: 8, right: 8, bottom: 0, left: vertical ? 40 : 0 }}
        >
          <CartesianGrid stroke={GRID} vertical={vertical} horizontal={!vertical} />
          {vertical ? (
            <>
              <XAxis type="number" allowDecimals={false} tickLine={false} />
              <YAxis type="category" dataKey="label" width={120} tickLine={false} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tickLine={false} />
              <YAxis width={40} allowDecimals={false} tickLine={false} />
            </>
          )}
          <Tooltip />
          <Bar dataKey="value" name={props.name} fill="#f05a28" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
