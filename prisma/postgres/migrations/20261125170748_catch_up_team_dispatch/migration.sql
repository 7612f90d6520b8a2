-- CreateEnum
CREATE TYPE "SupportActionKind" AS ENUM ('REFUND', 'RESEND', 'COUPON', 'REDISPATCH', 'COURIER_CLAIM');

-- CreateEnum
CREATE TYPE "SupportActionStatus" AS ENUM ('DONE', 'PENDING_APPROVAL', 'REJECTED');

-- AlterTable
ALTER TABLE "Courier" ADD COLUMN     "plan" TEXT,
ADD COLUMN     "planUpdatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "DeliveryAssignment" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "respondedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "awaitingSince" TIMESTAMP(3),
ADD COLUMN     "csatAt" TIMESTAMP(3),
ADD COLUMN     "nextResponseDueAt" TIMESTAMP(3),
ADD COLUMN     "pausedMs" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pendingSince" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DeliveryProof" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryProof_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportAgent" (
    "userId" TEXT NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER NOT NULL DEFAULT 8,
    "lastAssignedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportAgent_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "SupportAction" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "orderId" TEXT,
    "kind" "SupportActionKind" NOT NULL,
    "status" "SupportActionStatus" NOT NULL DEFAULT 'DONE',
    "reasonCode" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL DEFAULT 0,
    "bearer" "CostBearer",
    "note" TEXT,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnalyticsHourly" (
    "hourStart" TIMESTAMP(3) NOT NULL,
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "hour" INTEGER NOT NULL,
    "storeId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "cancelled" INTEGER NOT NULL,
    "gmvCents" INTEGER NOT NULL,
    "discountCents" INTEGER NOT NULL,
    "refundCents" INTEGER NOT NULL,
    "refundedOrders" INTEGER NOT NULL,
    "customerOrders" INTEGER NOT NULL,
    "newCustomerOrders" INTEGER NOT NULL,
    "campaignOrders" INTEGER NOT NULL,
    "campaignGmvCents" INTEGER NOT NULL,
    "delivered" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "deliverySeconds" INTEGER NOT NULL,
    "prepared" INTEGER NOT NULL,
    "prepSeconds" INTEGER NOT NULL,
    "d0" INTEGER NOT NULL,
    "d1" INTEGER NOT NULL,
    "d2" INTEGER NOT NULL,
    "d3" INTEGER NOT NULL,
    "d4" INTEGER NOT NULL,
    "d5" INTEGER NOT NULL,
    "d6" INTEGER NOT NULL,
    "d7" INTEGER NOT NULL,
    "d8" INTEGER NOT NULL,
    "d9" INTEGER NOT NULL,
    "d10" INTEGER NOT NULL,
    "d11" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsHourly_pkey" PRIMARY KEY ("hourStart","storeId","zoneId","channel")
);

-- CreateTable
CREATE TABLE "AnalyticsDish" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "lines" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "revenueCents" INTEGER NOT NULL,
    "cancelledQty" INTEGER NOT NULL,
    "refundedQty" INTEGER NOT NULL,
    "optionLines" INTEGER NOT NULL,
    "complaints" INTEGER NOT NULL,
    "ratingSum" INTEGER NOT NULL,
    "ratingCount" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsDish_pkey" PRIMARY KEY ("day","storeId","channel","itemId")
);

-- CreateTable
CREATE TABLE "AnalyticsCourierDaily" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "courierId" TEXT NOT NULL,
    "deliveries" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "deliverySeconds" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsCourierDaily_pkey" PRIMARY KEY ("day","storeId","courierId")
);

-- CreateTable
CREATE TABLE "AnalyticsCampaignDaily" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "redemptions" INTEGER NOT NULL,
    "discountCents" INTEGER NOT NULL,
    "storeCostCents" INTEGER NOT NULL,
    "platformCostCents" INTEGER NOT NULL,
    "orderGmvCents" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsCampaignDaily_pkey" PRIMARY KEY ("day","storeId","channel","campaignId")
);

-- CreateTable
CREATE TABLE "AnalyticsSupportDaily" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "tickets" INTEGER NOT NULL,
    "responded" INTEGER NOT NULL,
    "responseSeconds" INTEGER NOT NULL,
    "resolved" INTEGER NOT NULL,
    "resolutionSeconds" INTEGER NOT NULL,
    "csatSum" INTEGER NOT NULL,
    "csatCount" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsSupportDaily_pkey" PRIMARY KEY ("day","storeId","zoneId","channel","reason")
);

-- CreateTable
CREATE TABLE "AnalyticsCustomerWeek" (
    "customerId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "firstWeek" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,

    CONSTRAINT "AnalyticsCustomerWeek_pkey" PRIMARY KEY ("customerId","week","storeId")
);

-- CreateTable
CREATE TABLE "AnalyticsWatermark" (
    "name" TEXT NOT NULL,
    "value" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsWatermark_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "DeliveryProof_assignmentId_idx" ON "DeliveryProof"("assignmentId");

-- CreateIndex
CREATE INDEX "SupportAction_ticketId_createdAt_idx" ON "SupportAction"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportAction_orderId_idx" ON "SupportAction"("orderId");

-- CreateIndex
CREATE INDEX "AnalyticsHourly_day_storeId_idx" ON "AnalyticsHourly"("day", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsHourly_storeId_day_idx" ON "AnalyticsHourly"("storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsDish_storeId_day_idx" ON "AnalyticsDish"("storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsCourierDaily_storeId_day_idx" ON "AnalyticsCourierDaily"("storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsCampaignDaily_storeId_day_idx" ON "AnalyticsCampaignDaily"("storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsSupportDaily_storeId_day_idx" ON "AnalyticsSupportDaily"("storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_firstWeek_week_idx" ON "AnalyticsCustomerWeek"("firstWeek", "week");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_storeId_week_idx" ON "AnalyticsCustomerWeek"("storeId", "week");

-- CreateIndex
CREATE INDEX "CourierPosition_recordedAt_idx" ON "CourierPosition"("recordedAt");

-- CreateIndex
CREATE INDEX "DeliveryAssignment_status_expiresAt_idx" ON "DeliveryAssignment"("status", "expiresAt");

-- AddForeignKey
ALTER TABLE "DeliveryProof" ADD CONSTRAINT "DeliveryProof_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "DeliveryAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportAgent" ADD CONSTRAINT "SupportAgent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportAction" ADD CONSTRAINT "SupportAction_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

