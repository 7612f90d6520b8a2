import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  supportCompensationExecutor,
  supportRefundExecutor,
} from "@/lib/support/server/after-sales-execute";
import { publishApprovedCampaign } from "@/lib/campaigns/server/publish";

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
  REFUND: supportRefundExecutor,
  COMPENSATION: supportCompensationExecutor,
  CAMPAIGN_BUDGET: publishApprovedCampaign,
};
