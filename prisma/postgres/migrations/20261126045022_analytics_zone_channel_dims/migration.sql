-- DropIndex
DROP INDEX "AnalyticsDish_channel_day_storeId_idx";

-- DropIndex
DROP INDEX "AnalyticsDish_channel_cover_idx";

-- DropIndex
DROP INDEX "AnalyticsCustomerWeek_firstWeek_week_idx";

-- DropIndex
DROP INDEX "AnalyticsCustomerWeek_week_storeId_customerId_orders_idx";

-- DropIndex
DROP INDEX "AnalyticsCustomerWeek_cohort_cover_idx";

-- DropIndex
DROP INDEX "AnalyticsCustomerWeek_store_cover_idx";

-- AlterTable
ALTER TABLE "AnalyticsDish" DROP CONSTRAINT "AnalyticsDish_pkey",
ADD COLUMN     "zoneId" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "AnalyticsDish_pkey" PRIMARY KEY ("day", "storeId", "zoneId", "channel", "itemId");

-- AlterTable
ALTER TABLE "AnalyticsCourierDaily" DROP CONSTRAINT "AnalyticsCourierDaily_pkey",
ADD COLUMN     "channel" TEXT NOT NULL DEFAULT '*',
ADD COLUMN     "zoneId" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "AnalyticsCourierDaily_pkey" PRIMARY KEY ("day", "storeId", "zoneId", "channel", "courierId");

-- AlterTable
ALTER TABLE "AnalyticsCampaignDaily" DROP CONSTRAINT "AnalyticsCampaignDaily_pkey",
ADD COLUMN     "zoneId" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "AnalyticsCampaignDaily_pkey" PRIMARY KEY ("day", "storeId", "zoneId", "channel", "campaignId");

-- AlterTable
ALTER TABLE "AnalyticsCustomerWeek" DROP CONSTRAINT "AnalyticsCustomerWeek_pkey",
ADD COLUMN     "channel" TEXT NOT NULL DEFAULT '*',
ADD COLUMN     "zoneId" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "AnalyticsCustomerWeek_pkey" PRIMARY KEY ("customerId", "week", "storeId", "zoneId", "channel");

-- CreateIndex
CREATE INDEX "AnalyticsDish_zoneId_channel_day_storeId_idx" ON "AnalyticsDish"("zoneId", "channel", "day", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsDish_cube_cover_idx" ON "AnalyticsDish"("zoneId", "channel", "day", "storeId", "itemId", "lines", "quantity", "revenueCents", "refundedQty", "optionLines", "complaints", "ratingSum", "ratingCount");

-- CreateIndex
CREATE INDEX "AnalyticsCourierDaily_zoneId_channel_storeId_day_idx" ON "AnalyticsCourierDaily"("zoneId", "channel", "storeId", "day");

-- CreateIndex
CREATE INDEX "AnalyticsCampaignDaily_zoneId_day_storeId_idx" ON "AnalyticsCampaignDaily"("zoneId", "day", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_zoneId_channel_week_storeId_customerI_idx" ON "AnalyticsCustomerWeek"("zoneId", "channel", "week", "storeId", "customerId", "orders");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_cohort_cover_idx" ON "AnalyticsCustomerWeek"("zoneId", "channel", "firstWeek", "week", "customerId", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_store_cover_idx" ON "AnalyticsCustomerWeek"("zoneId", "channel", "storeId", "week", "customerId", "orders", "firstWeek");

