"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ChartPanel } from "./chart-panel";

export type DrillColumn<T> = { key: string; label: string; cell: (row: T) => ReactNode };

/**
 * A chart panel holding a ranked table: the first cell of each row links to the orders behind
 * it (the drill-down), the other cells are numbers.
 */
export function DrillTable<T>(props: {
  title: string;
  testId: string;
  csv: string;
  head: string;
  rows: T[];
  rowKey: (row: T) => string;
  name: (row: T) => string;
  href: (row: T) => string;
  columns: DrillColumn<T>[];
}) {
  return (
    <ChartPanel
      title={props.title}
      testId={props.testId}
      empty={props.rows.length === 0}
      csv={props.csv}
      tall
    >
      <table className="data">
        <thead>
          <tr>
            <th>{props.head}</th>
            {props.columns.map((c) => (
              <th key={c.key} className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)}>
              <td>
                <Link href={props.href(row)}>{props.name(row)}</Link>
              </td>
              {props.columns.map((c) => (
                <td key={c.key} className="num">
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ChartPanel>
  );
}
