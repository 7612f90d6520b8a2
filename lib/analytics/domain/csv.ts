// CSV for exports: RFC 4180 quoting, and a leading apostrophe on text that a spreadsheet would
// otherwise run as a formula.

type Cell = string | number | boolean | null | undefined | Date;

/** One CSV field. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== "string") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line with its CRLF. */
export function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A whole table (header from the first row's keys). */
export function csvTable(rows: readonly Record<string, Cell>[]): string {
  const first = rows[0];
  if (first === undefined) return "";
  const keys = Object.keys(first);
  return csvLine(keys) + rows.map((r) => csvLine(keys.map((k) => r[k]))).join("");
}
