import type { Instance } from "./instance";

/** Raised for malformed instance text; `line` is 1-based in the original file. */
export class InstanceParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "InstanceParseError";
  }
}

const NODE_COLUMNS = 9;

function toNumbers(fields: string[], line: number): number[] {
  return fields.map((f, col) => {
    const v = Number(f);
    if (!Number.isFinite(v)) {
      throw new InstanceParseError(`column ${col + 1} is not a number: "${f}"`, line);
    }
    return v;
  });
}

/** Parses a Li & Lim PDPTW instance file and validates its pickup/delivery structure. */
export function parseInstance(text: string, name = "instance"): Instance {
  const rows: { line: number; values: number[] }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const trimmed = (lines[i] ?? "").trim();
    if (trimmed === "") continue;
    rows.push({ line: i + 1, values: toNumbers(trimmed.split(/\s+/), i + 1) });
  }
  const header = rows[0];
  if (!header) throw new InstanceParseError("empty file", 1);
  if (header.values.length !== 3) {
    throw new InstanceParseError(
      `header must have 3 columns (K Q S), found ${header.values.length}`,
      header.line,
    );
  }
  const [vehicleLimit = 0, capacity = 0] = header.values;
  if (vehicleLimit < 1 || capacity <= 0) {
    throw new InstanceParseError("vehicle count and capacity must be positive", header.line);
  }
  const nodeRows = rows.slice(1);
  const n = nodeRows.length;
  if (n < 1) throw new InstanceParseError("no node rows (the depot is missing)", header.line + 1);

  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const demand = new Float64Array(n);
  const earliest = new Float64Array(n);
  const latest = new Float64Array(n);
  const service = new Float64Array(n);
  const pickupOf = new Int32Array(n);
  const deliveryOf = new Int32Array(n);
  const lineOf = new Int32Array(n);

  nodeRows.forEach((row, k) => {
    const v = row.values;
    if (v.length !== NODE_COLUMNS) {
      throw new InstanceParseError(
        `node row must have ${NODE_COLUMNS} columns, found ${v.length}`,
        row.line,
      );
    }
    const [index = 0, xi = 0, yi = 0, q = 0, e = 0, l = 0, s = 0, p = 0, d = 0] = v;
    if (index !== k)
      throw new InstanceParseError(`expected node index ${k}, found ${index}`, row.line);
    if (l < e) throw new InstanceParseError(`time window end ${l} before start ${e}`, row.line);
    if (s < 0) throw new InstanceParseError("negative service time", row.line);
    if (!Number.isInteger(p) || !Number.isInteger(d) || p < 0 || d < 0 || p >= n || d >= n) {
      throw new InstanceParseError("pickup/delivery index out of range", row.line);
    }
    x[k] = xi;
    y[k] = yi;
    demand[k] = q;
    earliest[k] = e;
    latest[k] = l;
    service[k] = s;
    pickupOf[k] = p;
    deliveryOf[k] = d;
    lineOf[k] = row.line;
  });

  if (demand[0] !== 0 || pickupOf[0] !== 0 || deliveryOf[0] !== 0) {
    throw new InstanceParseError("depot row must have demand 0 and no pair", lineOf[0] ?? 0);
  }
  for (let k = 1; k < n; k++) {
    const line = lineOf[k] ?? 0;
    const p = pickupOf[k] ?? 0;
    const d = deliveryOf[k] ?? 0;
    if ((p === 0) === (d === 0)) {
      throw new InstanceParseError("task must be exactly one of pickup or delivery", line);
    }
    if (d > 0 && (pickupOf[d] !== k || (demand[d] ?? 0) !== -(demand[k] ?? 0))) {
      throw new InstanceParseError(`pickup ${k} and delivery ${d} do not match`, line);
    }
    if (p > 0 && deliveryOf[p] !== k) {
      throw new InstanceParseError(`delivery ${k} and pickup ${p} do not match`, line);
    }
    if (Math.abs(demand[k] ?? 0) > capacity) {
      throw new InstanceParseError("demand exceeds vehicle capacity", line);
    }
  }
  return {
    name,
    vehicleLimit,
    capacity,
    nodeCount: n,
    x,
    y,
    demand,
    earliest,
    latest,
    service,
    pickupOf,
    deliveryOf,
  };
}
