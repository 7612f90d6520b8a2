import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  supportCompensationExecutor,
  supportRefundExecutor,
  supportRejectionHandler,
} from "@/lib/support/server/after-sales-execute";
import { publishApprovedCampaign, returnRejectedCampaign } from "@/lib/campaigns/server/publish";
import {
  executeApprovedOrderRefund,
  isOrderRefundPayload,
} from "@/lib/orders/server/refund-approval";
import { applyApprovedPriceChange } from "./price-change";

export type ApprovalKind = "REFUND" | "COMPENSATION" | "PRICE_CHANGE" | "CAMPAIGN_BUDGET";

/**
 * Carries out an approved request inside the approval's transaction. It must validate its own
 * payload (zod) and throw an AppError to refuse; the decision then rolls back with it.
 */
export type ApprovalExecutor = (
  tx: Prisma.TransactionClient,
  payload: unknown,
  approver: { id: string },
) => Promise<void>;

// Each area adds one line here once its executor exists.
export const APPROVAL_EXECUTORS: Partial<Record<ApprovalKind, ApprovalExecutor>> = {
  // A refund request comes from a support ticket or from the order page.
  REFUND: (tx, payload, approver) =>
    isOrderRefundPayload(payload)
      ? executeApprovedOrderRefund(tx, payload, approver)
      : supportRefundExecutor(tx, payload, approver),
  COMPENSATION: supportCompensationExecutor,
  CAMPAIGN_BUDGET: publishApprovedCampaign,
  PRICE_CHANGE: applyApprovedPriceChange,
};

/** Undoes the requester's waiting state when a request is rejected or withdrawn (same tx). */
export type ApprovalRejectionHandler = (
  tx: Prisma.TransactionClient,
  payload: unknown,
  outcome: { status: "REJECTED" | "CANCELLED"; deciderId: string; note: string | null },
) => Promise<void>;

export const APPROVAL_REJECTION_HANDLERS: Partial<Record<ApprovalKind, ApprovalRejectionHandler>> =
  {
    REFUND: supportRejectionHandler,
    COMPENSATION: supportRejectionHandler,
    CAMPAIGN_BUDGET: returnRejectedCampaign,
  };
