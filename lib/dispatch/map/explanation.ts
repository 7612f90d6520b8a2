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
  summary: z.string().nullable().optional().catch(null),
  byEmail: z.string().nullable().optional().catch(null),
  reason: z.string().nullable().optional().catch(null),
});

/** Why-this-courier, as the detail panel shows it. */
export type Explanation = {
  chosen: ExplainedCandidate | null;
  alternatives: ExplainedCandidate[];
  considered: number | null;
  /** "auto" (the planner) or "manual" (a dispatcher), when recorded. */
  kind: string | null;
  byEmail: string | null;
  /** A free-text reason (manual assignments), or the raw text when it is not planner JSON. */
  note: string | null;
};

const EMPTY: Explanation = {
  chosen: null,
  alternatives: [],
  considered: null,
  kind: null,
  byEmail: null,
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
  const { chosen, alternatives, considered, reason, summary, kind, byEmail } = parsed.data;
  return {
    chosen: chosen ?? null,
    alternatives: (alternatives ?? []).filter((a) => Number.isFinite(a.cost)),
    considered: considered ?? null,
    kind: kind ?? null,
    byEmail: byEmail ?? null,
    note: reason ?? summary ?? null,
  };
}
