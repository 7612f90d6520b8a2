import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBestKnown, parseBestKnownCsv } from "./best-known";
import { formatTable, gapPercent, summarise } from "./report";
import type { BenchRow } from "./report";

const csv = "instance,vehicles,distance,source\nlc101,10,828.9369,x\nlr205,3,1054.0186,y\n";

describe("best-known lookup", () => {
  it("parses the csv by header names", () => {
    const m = parseBestKnownCsv(csv);
    expect(m.get("lc101")).toEqual({ vehicles: 10, distance: 828.9369 });
    expect(m.size).toBe(2);
  });

  it("finds csv files next to the instance folder or in its parent", () => {
    const root = mkdtempSync(path.join(tmpdir(), "bks-"));
    const dir = path.join(root, "set");
    writeFileSync(path.join(root, "best-known.csv"), csv);
    expect(loadBestKnown(dir).get("lr205")?.vehicles).toBe(3);
  });
});

describe("report", () => {
  const rows: BenchRow[] = [
    {
      name: "lc101",
      vehicles: 10,
      distance: 828.9369,
      bks: { vehicles: 10, distance: 828.9369 },
      seconds: 1,
      feasible: true,
      unplaced: 0,
    },
    {
      name: "lr205",
      vehicles: 4,
      distance: 1100,
      bks: { vehicles: 3, distance: 1000 },
      seconds: 3,
      feasible: true,
      unplaced: 0,
    },
    {
      name: "x1",
      vehicles: 2,
      distance: 5,
      bks: undefined,
      seconds: 2,
      feasible: false,
      unplaced: 1,
    },
  ];

  it("shows missing best-known values as '-'", () => {
    const table = formatTable(rows, true);
    expect(table).toContain("| x1 | 2 | 5.00 | - | - | - | 2.0 | NO (1 unplaced) |");
    expect(gapPercent(rows[1] as BenchRow)).toBeCloseTo(10, 9);
  });

  it("summarises gap, vehicle share and feasibility", () => {
    const s = summarise(rows);
    expect(s).toContain("feasible: 2/3");
    expect(s).toContain("at best-known vehicle count: 1/2 (50.00%)");
    expect(s).toContain("mean distance gap: 5.00%");
    expect(summarise([])).toContain("mean distance gap: - ");
  });
});
