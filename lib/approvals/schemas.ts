import { z } from "zod";
import { APPROVAL_KINDS, APPROVAL_STATUSES } from "./domain/kinds";

export const decideApprovalSchema = z
  .object({
    id: z.string().min(1).max(40),
    decision: z.enum(["APPROVE", "REJECT"]),
    note: z.string().trim().max(500).optional().default(""),
  })
  .refine((v) => v.decision === "APPROVE" || v.note.length > 0, {
    path: ["note"],
    message: "A rejection needs a note.",
  });
export type DecideApprovalInput = z.output<typeof decideApprovalSchema>;

export const cancelApprovalSchema = z.object({ id: z.string().min(1).max(40) });

export const approvalFiltersSchema = z.object({
  kind: z.enum(APPROVAL_KINDS).optional().catch(undefined),
  status: z.enum(APPROVAL_STATUSES).optional().catch("PENDING"),
  store: z.string().max(40).optional().catch(undefined),
});
export type ApprovalFilters = z.output<typeof approvalFiltersSchema>;

export const setThresholdSchema = z.object({
  kind: z.enum(APPROVAL_KINDS),
  storeId: z.string().max(40).nullable(),
  // null removes the threshold (no approval needed / fall back to the default)
  thresholdCents: z.number().int().min(0).max(100_000_000).nullable(),
});
export type SetThresholdInput = z.output<typeof setThresholdSchema>;
