-- CreateTable
CREATE TABLE "AnalyticsHourly" (
    "hourStart" DATETIME NOT NULL,
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

    PRIMARY KEY ("hourStart", "storeId", "zoneId", "channel")
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

    PRIMARY KEY ("day", "storeId", "channel", "itemId")
);

-- CreateTable
CREATE TABLE "AnalyticsCourierDaily" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "courierId" TEXT NOT NULL,
    "deliveries" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "deliverySeconds" INTEGER NOT NULL,

    PRIMARY KEY ("day", "storeId", "courierId")
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

    PRIMARY KEY ("day", "storeId", "channel", "campaignId")
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

    PRIMARY KEY ("day", "storeId", "zoneId", "channel", "reason")
);

-- CreateTable
CREATE TABLE "AnalyticsCustomerWeek" (
    "customerId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "firstWeek" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,

    PRIMARY KEY ("customerId", "week", "storeId")
);

-- CreateTable
CREATE TABLE "AnalyticsWatermark" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

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

