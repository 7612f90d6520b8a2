import type { Permission } from "@/lib/platform/permissions";

export const APPROVAL_KINDS = [
  "REFUND",
  "COMPENSATION",
  "PRICE_CHANGE",
  "CAMPAIGN_BUDGET",
] as const;

export const APPROVAL_STATUSES = ["PENDING", "APPROVED", "REJECTED", "CANCELLED"] as const;
export type ApprovalStatusName = (typeof APPROVAL_STATUSES)[number];

/** The permission an approver needs, per kind: the one that would allow doing it directly. */
export const APPROVER_PERMISSION: Record<(typeof APPROVAL_KINDS)[number], Permission> = {
  REFUND: "orders.refund",
  COMPENSATION: "support.compensate",
  PRICE_CHANGE: "menu.edit",
  CAMPAIGN_BUDGET: "campaigns.publish",
};

/** Whether an amount needs approval under a threshold (null: never). */
export function needsApproval(amountCents: number, thresholdCents: number | null): boolean {
  return thresholdCents !== null && amountCents >= thresholdCents;
}
