-- AlterTable
ALTER TABLE "Courier" ADD COLUMN "plan" TEXT;
ALTER TABLE "Courier" ADD COLUMN "planUpdatedAt" DATETIME;

-- AlterTable
ALTER TABLE "DeliveryAssignment" ADD COLUMN "expiresAt" DATETIME;
ALTER TABLE "DeliveryAssignment" ADD COLUMN "respondedAt" DATETIME;

-- CreateTable
CREATE TABLE "DeliveryProof" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "data" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeliveryProof_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "DeliveryAssignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeliveryProof_assignmentId_idx" ON "DeliveryProof"("assignmentId");

-- CreateIndex
CREATE INDEX "CourierPosition_recordedAt_idx" ON "CourierPosition"("recordedAt");

-- CreateIndex
CREATE INDEX "DeliveryAssignment_status_expiresAt_idx" ON "DeliveryAssignment"("status", "expiresAt");

