import type { Db } from "@/lib/platform/db-client";

/** True when the database has no stores (the seed's notion of "empty"). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.store.count()) === 0;
}

// Children before parents (some relations are Restrict). Plain DELETE statements, because
// Prisma's deleteMany reads ids first, which is slow for the million-order benchmark database.
const TABLES = [
  "DishRating",
  "Review",
  "Redemption",
  "Coupon",
  "CampaignStore",
  "Campaign",
  "Refund",
  "TicketMessage",
  "Ticket",
  "WebhookDelivery",
  "WebhookEndpoint",
  "DeliveryProof",
  "DeliveryAssignment",
  "OrderEvent",
  "OrderItem",
  "Order",
  "CourierPosition",
  "CourierShift",
  "Courier",
  "StockMovement",
  "PurchaseOrderLine",
  "PurchaseOrder",
  "Supplier",
  "RecipeLine",
  "Ingredient",
  "MenuOption",
  "OptionGroup",
  "MenuItem",
  "MenuCategory",
  "ApiKey",
  "IdempotencyKey",
  "LiveEvent",
  "JobLease",
  "CustomerAddress",
  "Customer",
  "Zone",
  "OpeningHours",
  "AuditLog",
  "StaffShift",
  "SupportAgent",
  "UserStore",
  "SignInAttempt",
  "ApprovalRequest",
  "ApprovalThreshold",
  "TrainingCompletion",
  "TrainingItem",
  "UserScope",
  "StaffInvite",
  "PerformanceTarget",
  "User",
  "CustomRole",
  "Store",
  "KnowledgeArticle",
  "CannedReply",
] as const;

/** Deletes every row of every table (the same SQL works on SQLite and PostgreSQL). */
export async function resetDatabase(db: Db): Promise<void> {
  await db.$transaction(TABLES.map((t) => db.$executeRawUnsafe(`DELETE FROM "${t}"`)));
}
