import { z } from "zod";
import { channelOverridesSchema, scheduleSchema } from "./availability";
import { checkGroupLimits } from "./options";
import { parseCsv, serializeCsv } from "./csv";

/** Columns of a menu CSV, in order. Category paths use " / " between levels. */
export const MENU_CSV_COLUMNS = [
  "categoryZh",
  "categoryEn",
  "nameZh",
  "nameEn",
  "descriptionZh",
  "descriptionEn",
  "price",
  "active",
  "stockTracked",
  "stockQty",
  "lowStockThreshold",
  "sortOrder",
  "availability",
  "channelOverrides",
  "optionGroups",
] as const;

const optionSchema = z.object({
  nameZh: z.string().trim().min(1).max(60),
  nameEn: z.string().trim().min(1).max(60),
  priceDeltaCents: z.number().int().min(0, "Add-on price cannot be negative.").max(1_000_000),
});
const groupSchema = z
  .object({
    nameZh: z.string().trim().min(1).max(60),
    nameEn: z.string().trim().min(1).max(60),
    minChoices: z.number().int(),
    maxChoices: z.number().int(),
    options: z.array(optionSchema).max(50),
  })
  .superRefine((g, ctx) => {
    for (const e of checkGroupLimits(g.minChoices, g.maxChoices, g.options.length)) {
      ctx.addIssue({ code: "custom", message: `${g.nameEn}: ${e.message}`, path: [e.field] });
    }
  });
export type CsvOptionGroup = z.infer<typeof groupSchema>;

const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((s, ctx): z.output<T> | null => {
    if (s.trim() === "") return null;
    try {
      const parsed = schema.safeParse(JSON.parse(s));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Invalid." });
    } catch {
      ctx.addIssue({ code: "custom", message: "Not valid JSON." });
    }
    return z.NEVER;
  });

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .transform((v) => v === "true" || v === "1" || v === "yes");
const optInt = (min: number, msg: string) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === "") return null;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min) {
      ctx.addIssue({ code: "custom", message: msg });
      return z.NEVER;
    }
    return n;
  });

export const menuCsvRowSchema = z.object({
  categoryZh: z.string().trim().max(200),
  categoryEn: z.string().trim().max(200),
  nameZh: z.string().trim().min(1, "Chinese name is required.").max(80),
  nameEn: z.string().trim().min(1, "English name is required.").max(80),
  descriptionZh: z.string().trim().max(500),
  descriptionEn: z.string().trim().max(500),
  price: z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d{1,2})?$/, "Price must be a number with at most 2 decimals.")
    .transform((s) => Math.round(Number(s) * 100))
    .refine((c) => c >= 0, "Price cannot be negative."),
  active: bool,
  stockTracked: bool,
  stockQty: optInt(0, "Stock must be a whole number ≥ 0."),
  lowStockThreshold: optInt(0, "Threshold must be a whole number ≥ 0."),
  sortOrder: optInt(-1_000_000, "Sort order must be a whole number.").transform((n) => n ?? 0),
  availability: json(scheduleSchema),
  channelOverrides: json(channelOverridesSchema),
  optionGroups: json(z.array(groupSchema).max(20)).transform((g) => g ?? []),
});
export type MenuCsvRow = z.output<typeof menuCsvRowSchema>;

export type RowError = { line: number; field: string; message: string };

/** Splits a category path cell ("Noodles / Soup") into its levels. */
export function categoryPath(cell: string): string[] {
  return cell
    .split("/")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * Parses a menu CSV: every bad row is reported with its line and field, and the good rows
 * come back alongside so the caller can refuse all or (explicitly) skip the bad ones.
 */
export function parseMenuCsv(text: string): {
  rows: (MenuCsvRow & { line: number })[];
  errors: RowError[];
} {
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    return { rows: [], errors: [{ line: 1, field: "_", message: (e as Error).message }] };
  }
  const [header, ...body] = records;
  if (!header)
    return { rows: [], errors: [{ line: 1, field: "_", message: "The file is empty." }] };
  const index = new Map(header.fields.map((h, i) => [h.trim(), i]));
  const missing = ["nameZh", "nameEn", "price"].filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [
        { line: header.line, field: "_", message: `Missing columns: ${missing.join(", ")}.` },
      ],
    };
  }
  const rows: (MenuCsvRow & { line: number })[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  for (const rec of body) {
    const raw = Object.fromEntries(
      MENU_CSV_COLUMNS.map((c) => [c, rec.fields[index.get(c) ?? -1] ?? ""]),
    );
    const parsed = menuCsvRowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({
          line: rec.line,
          field: issue.path.map(String).join(".") || "_",
          message: issue.message,
        });
      }
      continue;
    }
    const key = `${categoryPath(parsed.data.categoryEn).join("/")}|${parsed.data.nameEn}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      errors.push({ line: rec.line, field: "nameEn", message: `Same item as line ${dup}.` });
      continue;
    }
    seen.set(key, rec.line);
    rows.push({ ...parsed.data, line: rec.line });
  }
  return { rows, errors };
}

export type MenuExportItem = Omit<MenuCsvRow, "categoryZh" | "categoryEn"> & {
  categoryZh: string[];
  categoryEn: string[];
};

/** Serializes menu items as CSV in the import's format (a round trip yields the same menu). */
export function menuToCsv(items: readonly MenuExportItem[]): string {
  const cents = (c: number) => (c / 100).toFixed(2);
  const opt = (n: number | null) => (n === null ? "" : String(n));
  const js = (v: unknown) =>
    v === null || (Array.isArray(v) && v.length === 0) ? "" : JSON.stringify(v);
  return serializeCsv([
    [...MENU_CSV_COLUMNS],
    ...items.map((i) => [
      i.categoryZh.join(" / "),
      i.categoryEn.join(" / "),
      i.nameZh,
      i.nameEn,
      i.descriptionZh,
      i.descriptionEn,
      cents(i.price),
      String(i.active),
      String(i.stockTracked),
      opt(i.stockQty),
      opt(i.lowStockThreshold),
      String(i.sortOrder),
      js(i.availability),
      js(
        i.channelOverrides && Object.keys(i.channelOverrides).length > 0
          ? i.channelOverrides
          : null,
      ),
      js(i.optionGroups),
    ]),
  ]);
}
