-- AlterTable
ALTER TABLE "Order" ADD COLUMN "pricingExplanation" TEXT;
