-- AlterTable
ALTER TABLE "DeliveryAssignment" ADD COLUMN     "declineReason" TEXT;

