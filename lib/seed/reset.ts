import type { Db } from "@/lib/platform/db-client";

/** True when the database has no stores (the seed's notion of "empty"). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.store.count()) === 0;
}

/** Deletes every row of every table, children before parents (some relations are Restrict). */
export async function resetDatabase(db: Db): Promise<void> {
  await db.$transaction([
    db.dishRating.deleteMany(),
    db.review.deleteMany(),
    db.redemption.deleteMany(),
    db.coupon.deleteMany(),
    db.campaignStore.deleteMany(),
    db.campaign.deleteMany(),
    db.refund.deleteMany(),
    db.ticketMessage.deleteMany(),
    db.ticket.deleteMany(),
    db.webhookDelivery.deleteMany(),
    db.webhookEndpoint.deleteMany(),
    db.deliveryAssignment.deleteMany(),
    db.orderEvent.deleteMany(),
    db.orderItem.deleteMany(),
    db.order.deleteMany(),
    db.courierPosition.deleteMany(),
    db.courierShift.deleteMany(),
    db.courier.deleteMany(),
    db.stockMovement.deleteMany(),
    db.purchaseOrderLine.deleteMany(),
    db.purchaseOrder.deleteMany(),
    db.supplier.deleteMany(),
    db.recipeLine.deleteMany(),
    db.ingredient.deleteMany(),
    db.menuOption.deleteMany(),
    db.optionGroup.deleteMany(),
    db.menuItem.deleteMany(),
    db.menuCategory.deleteMany(),
    db.apiKey.deleteMany(),
    db.idempotencyKey.deleteMany(),
    db.liveEvent.deleteMany(),
    db.jobLease.deleteMany(),
    db.customerAddress.deleteMany(),
    db.customer.deleteMany(),
    db.zone.deleteMany(),
    db.openingHours.deleteMany(),
    db.auditLog.deleteMany(),
    db.staffShift.deleteMany(),
    db.userStore.deleteMany(),
    db.signInAttempt.deleteMany(),
    db.user.deleteMany(),
    db.store.deleteMany(),
    db.knowledgeArticle.deleteMany(),
    db.cannedReply.deleteMany(),
  ]);
}
