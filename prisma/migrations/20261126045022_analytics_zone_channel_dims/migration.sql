-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AnalyticsDish" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL DEFAULT '*',
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

    PRIMARY KEY ("day", "storeId", "zoneId", "channel", "itemId")
);
INSERT INTO "new_AnalyticsDish" ("cancelledQty", "channel", "complaints", "day", "itemId", "lines", "optionLines", "quantity", "ratingCount", "ratingSum", "refundedQty", "revenueCents", "storeId") SELECT "cancelledQty", "channel", "complaints", "day", "itemId", "lines", "optionLines", "quantity", "ratingCount", "ratingSum", "refundedQty", "revenueCents", "storeId" FROM "AnalyticsDish";
DROP TABLE "AnalyticsDish";
ALTER TABLE "new_AnalyticsDish" RENAME TO "AnalyticsDish";
CREATE INDEX "AnalyticsDish_storeId_day_idx" ON "AnalyticsDish"("storeId", "day");
CREATE INDEX "AnalyticsDish_zoneId_channel_day_storeId_idx" ON "AnalyticsDish"("zoneId", "channel", "day", "storeId");
CREATE INDEX "AnalyticsDish_cube_cover_idx" ON "AnalyticsDish"("zoneId", "channel", "day", "storeId", "itemId", "lines", "quantity", "revenueCents", "refundedQty", "optionLines", "complaints", "ratingSum", "ratingCount");
CREATE TABLE "new_AnalyticsCourierDaily" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL DEFAULT '*',
    "channel" TEXT NOT NULL DEFAULT '*',
    "courierId" TEXT NOT NULL,
    "deliveries" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "deliverySeconds" INTEGER NOT NULL,

    PRIMARY KEY ("day", "storeId", "zoneId", "channel", "courierId")
);
INSERT INTO "new_AnalyticsCourierDaily" ("courierId", "day", "deliveries", "deliverySeconds", "onTime", "storeId") SELECT "courierId", "day", "deliveries", "deliverySeconds", "onTime", "storeId" FROM "AnalyticsCourierDaily";
DROP TABLE "AnalyticsCourierDaily";
ALTER TABLE "new_AnalyticsCourierDaily" RENAME TO "AnalyticsCourierDaily";
CREATE INDEX "AnalyticsCourierDaily_storeId_day_idx" ON "AnalyticsCourierDaily"("storeId", "day");
CREATE INDEX "AnalyticsCourierDaily_zoneId_channel_storeId_day_idx" ON "AnalyticsCourierDaily"("zoneId", "channel", "storeId", "day");
CREATE TABLE "new_AnalyticsCampaignDaily" (
    "day" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL DEFAULT '*',
    "channel" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "redemptions" INTEGER NOT NULL,
    "discountCents" INTEGER NOT NULL,
    "storeCostCents" INTEGER NOT NULL,
    "platformCostCents" INTEGER NOT NULL,
    "orderGmvCents" INTEGER NOT NULL,

    PRIMARY KEY ("day", "storeId", "zoneId", "channel", "campaignId")
);
INSERT INTO "new_AnalyticsCampaignDaily" ("campaignId", "channel", "day", "discountCents", "orderGmvCents", "platformCostCents", "redemptions", "storeCostCents", "storeId") SELECT "campaignId", "channel", "day", "discountCents", "orderGmvCents", "platformCostCents", "redemptions", "storeCostCents", "storeId" FROM "AnalyticsCampaignDaily";
DROP TABLE "AnalyticsCampaignDaily";
ALTER TABLE "new_AnalyticsCampaignDaily" RENAME TO "AnalyticsCampaignDaily";
CREATE INDEX "AnalyticsCampaignDaily_storeId_day_idx" ON "AnalyticsCampaignDaily"("storeId", "day");
CREATE INDEX "AnalyticsCampaignDaily_zoneId_day_storeId_idx" ON "AnalyticsCampaignDaily"("zoneId", "day", "storeId");
CREATE TABLE "new_AnalyticsCustomerWeek" (
    "customerId" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL DEFAULT '*',
    "channel" TEXT NOT NULL DEFAULT '*',
    "firstWeek" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,

    PRIMARY KEY ("customerId", "week", "storeId", "zoneId", "channel")
);
INSERT INTO "new_AnalyticsCustomerWeek" ("customerId", "firstWeek", "orders", "storeId", "week") SELECT "customerId", "firstWeek", "orders", "storeId", "week" FROM "AnalyticsCustomerWeek";
DROP TABLE "AnalyticsCustomerWeek";
ALTER TABLE "new_AnalyticsCustomerWeek" RENAME TO "AnalyticsCustomerWeek";
CREATE INDEX "AnalyticsCustomerWeek_storeId_week_idx" ON "AnalyticsCustomerWeek"("storeId", "week");
CREATE INDEX "AnalyticsCustomerWeek_zoneId_channel_week_storeId_customerId_orders_idx" ON "AnalyticsCustomerWeek"("zoneId", "channel", "week", "storeId", "customerId", "orders");
CREATE INDEX "AnalyticsCustomerWeek_cohort_cover_idx" ON "AnalyticsCustomerWeek"("zoneId", "channel", "firstWeek", "week", "customerId", "storeId");
CREATE INDEX "AnalyticsCustomerWeek_store_cover_idx" ON "AnalyticsCustomerWeek"("zoneId", "channel", "storeId", "week", "customerId", "orders", "firstWeek");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

