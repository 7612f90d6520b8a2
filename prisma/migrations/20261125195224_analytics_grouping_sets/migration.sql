-- CreateTable
CREATE TABLE "AnalyticsDaily" (
    "day" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
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

    PRIMARY KEY ("day", "storeId", "zoneId", "channel")
);

-- CreateIndex
CREATE INDEX "AnalyticsDaily_storeId_day_idx" ON "AnalyticsDaily"("storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsDaily_zoneId_channel_day_storeId_idx" ON "AnalyticsDaily"("zoneId", "channel", "day", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsDaily_channel_day_zoneId_idx" ON "AnalyticsDaily"("channel", "day", "zoneId");

-- CreateIndex
CREATE INDEX "AnalyticsHourly_zoneId_channel_day_storeId_idx" ON "AnalyticsHourly"("zoneId", "channel", "day", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsDish_channel_day_storeId_idx" ON "AnalyticsDish"("channel", "day", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_week_storeId_customerId_orders_idx" ON "AnalyticsCustomerWeek"("week", "storeId", "customerId", "orders");

