import { afterEach, describe, expect, it, vi } from "vitest";
import { printColumns, printComparison, quantile, type LoadFigures } from "./report";

afterEach(() => vi.restoreAllMocks());

const figures = (over: Partial<LoadFigures>): LoadFigures => ({
  seconds: 10,
  connections: 4,
  requests: 12,
  retries: 2,
  statuses: { 201: 12 },
  ordersCreated: 10,
  latenciesMs: [10, 20, 30, 40],
  duplicates: 0,
  lost: 0,
  mismatchedReplays: 0,
  ...over,
});

describe("bench report", () => {
  it("takes quantiles of sorted values", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.99)).toBe(4);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it("prints runs side by side, one column each, with 5xx counted", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    printComparison([
      ["SQLite", figures({})],
      ["PostgreSQL", figures({ ordersCreated: 25, statuses: { 201: 20, 503: 3 } })],
    ]);
    const row = (label: string) =>
      (lines.find((l) => l.trimStart().startsWith(label)) ?? "").trimEnd();
    expect(lines.some((l) => l.includes("SQLite") && l.includes("PostgreSQL"))).toBe(true);
    expect(
      row("sustained orders/s")
        .split(/\s{2,}/)
        .slice(-2),
    ).toEqual(["1.0", "2.5"]);
    expect(
      row("5xx responses")
        .split(/\s{2,}/)
        .slice(-2),
    ).toEqual(["0", "3"]);
  });

  it("pads every column to its widest value", () => {
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    printColumns(
      "t",
      ["a", "bb"],
      [
        ["x", ["1", "22222"]],
        ["y", ["3", "4"]],
      ],
    );
    expect(lines.slice(2)).toEqual(["  a   1      3", "  bb  22222  4"]);
  });
});
