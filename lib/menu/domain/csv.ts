/** RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends. Pure, no I/O. */

export type CsvRecord = { line: number; fields: string[] };

/**
 * Splits CSV text into records, each with the 1-based line number it starts on (a quoted
 * field may span lines). Blank lines are skipped. Throws on an unterminated quote.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: startLine, fields });
    fields = [];
    field = "";
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      endRecord();
      line++;
      startLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error(`Unterminated quoted field starting on line ${startLine}.`);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serializes rows (header first) as CSV with CRLF line ends. */
export function serializeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(quote).join(",")).join("\r\n") + "\r\n";
}
