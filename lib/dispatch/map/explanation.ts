import { z } from "zod";

const candidateSchema = z.object({
  courierId: z.string().catch(""),
  courierCode: z.string().catch(""),
  cost: z.number().catch(Number.NaN),
  extraMinutes: z.number().nullable().optional().catch(null),
  lateMinutes: z.number().nullable().optional().catch(null),
  pickupEta: z.union([z.string(), z.number()]).nullable().optional().catch(null),
  dropoffEta: z.union([z.string(), z.number()]).nullable().optional().catch(null),
});
export type ExplainedCandidate = z.output<typeof candidateSchema>;

const explanationSchema = z.object({
  chosen: candidateSchema.nullable().optional().catch(null),
  alternatives: z.array(candidateSchema).optional().catch([]),
  considered: z.number().nullable().optional().catch(null),
  kind: z.string().nullable().optional().catch(null),
  mode: z.string().nullable().optional().catch(null),
  // Rows written before explanations were language-neutral carry an English summary.
  summary: z.string().nullable().optional().catch(null),
  byEmail: z.string().nullable().optional().catch(null),
  courierCode: z.string().nullable().optional().catch(null),
  pinned: z.boolean().nullable().optional().catch(null),
  reasonCode: z.string().nullable().optional().catch(null),
  reason: z.string().nullable().optional().catch(null),
});

/** Reasons stored as codes (the seed's history); older rows hold their English wording. */
export const REASON_CODES = ["nearest"] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
const LEGACY_REASONS: Record<string, ReasonCode> = { "nearest available rider": "nearest" };
const asReasonCode = (value: string | null | undefined): ReasonCode | null =>
  REASON_CODES.find((c) => c === value) ?? null;

/** Why-this-courier, as the detail panel shows it. */
export type Explanation = {
  chosen: ExplainedCandidate | null;
  alternatives: ExplainedCandidate[];
  considered: number | null;
  /** "auto" (the planner) or "manual" (a dispatcher), when recorded. */
  kind: string | null;
  /** "offer" when the planner offered rather than assigned. */
  mode: string | null;
  byEmail: string | null;
  /** Manual choices: the courier picked and whether it was pinned with the choice. */
  courierCode: string | null;
  pinned: boolean | null;
  reasonCode: ReasonCode | null;
  /** Free text that has no structured reading (hand-written or unknown), shown as it is. */
  note: string | null;
};

const EMPTY: Explanation = {
  chosen: null,
  alternatives: [],
  considered: null,
  kind: null,
  mode: null,
  byEmail: null,
  courierCode: null,
  pinned: null,
  reasonCode: null,
  note: null,
};

/**
 * Reads DeliveryAssignment.explanation (the planner's choice and the alternatives it beat)
 * leniently: unknown fields are ignored and text that is not JSON becomes a plain note, so an
 * old or hand-written explanation still shows instead of breaking the panel.
 */
export function parseExplanation(text: string | null): Explanation | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ...EMPTY, note: text };
  }
  const parsed = explanationSchema.safeParse(value);
  if (!parsed.success) return { ...EMPTY, note: text };
  const d = parsed.data;
  const reasonCode = asReasonCode(d.reasonCode) ?? LEGACY_REASONS[d.reason ?? ""] ?? null;
  const structured = d.chosen != null || d.kind === "manual" || reasonCode !== null;
  return {
    chosen: d.chosen ?? null,
    alternatives: (d.alternatives ?? []).filter((a) => Number.isFinite(a.cost)),
    considered: d.considered ?? null,
    kind: d.kind ?? null,
    mode: d.mode ?? null,
    byEmail: d.byEmail ?? null,
    courierCode: d.courierCode ?? null,
    pinned: d.pinned ?? null,
    reasonCode,
    // A legacy English summary is dropped when the fields say the same in any language.
    note: reasonCode !== null ? null : (d.reason ?? (structured ? null : (d.summary ?? null))),
  };
}
