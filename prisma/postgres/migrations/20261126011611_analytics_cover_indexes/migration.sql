-- CreateIndex
CREATE INDEX "AnalyticsHourly_cube_cover_idx" ON "AnalyticsHourly"("storeId", "zoneId", "channel", "day", "weekday", "hour", "orders");

-- CreateIndex
CREATE INDEX "AnalyticsDish_channel_cover_idx" ON "AnalyticsDish"("channel", "day", "storeId", "itemId", "lines", "quantity", "revenueCents", "refundedQty", "optionLines", "complaints", "ratingSum", "ratingCount");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_cohort_cover_idx" ON "AnalyticsCustomerWeek"("firstWeek", "week", "customerId", "storeId");

-- CreateIndex
CREATE INDEX "AnalyticsCustomerWeek_store_cover_idx" ON "AnalyticsCustomerWeek"("storeId", "week", "customerId", "orders", "firstWeek");

