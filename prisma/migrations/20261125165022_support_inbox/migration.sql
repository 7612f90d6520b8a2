-- CreateTable
CREATE TABLE "SupportAgent" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "capacity" INTEGER NOT NULL DEFAULT 8,
    "lastAssignedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SupportAgent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ticketId" TEXT NOT NULL,
    "orderId" TEXT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DONE',
    "reasonCode" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL DEFAULT 0,
    "bearer" TEXT,
    "note" TEXT,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SupportAction_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Ticket" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "orderId" TEXT,
    "customerId" TEXT,
    "storeId" TEXT,
    "source" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "priority" TEXT NOT NULL DEFAULT 'NORMAL',
    "assigneeId" TEXT,
    "labels" TEXT NOT NULL DEFAULT '[]',
    "firstResponseDueAt" DATETIME,
    "resolutionDueAt" DATETIME,
    "firstRespondedAt" DATETIME,
    "resolvedAt" DATETIME,
    "mergedIntoId" TEXT,
    "csatScore" INTEGER,
    "csatComment" TEXT,
    "nextResponseDueAt" DATETIME,
    "awaitingSince" DATETIME,
    "pendingSince" DATETIME,
    "pausedMs" INTEGER NOT NULL DEFAULT 0,
    "csatAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Ticket_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Ticket_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Ticket_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Ticket" ("assigneeId", "code", "createdAt", "csatComment", "csatScore", "customerId", "firstRespondedAt", "firstResponseDueAt", "id", "labels", "mergedIntoId", "orderId", "priority", "resolutionDueAt", "resolvedAt", "source", "status", "storeId", "subject", "updatedAt") SELECT "assigneeId", "code", "createdAt", "csatComment", "csatScore", "customerId", "firstRespondedAt", "firstResponseDueAt", "id", "labels", "mergedIntoId", "orderId", "priority", "resolutionDueAt", "resolvedAt", "source", "status", "storeId", "subject", "updatedAt" FROM "Ticket";
DROP TABLE "Ticket";
ALTER TABLE "new_Ticket" RENAME TO "Ticket";
CREATE UNIQUE INDEX "Ticket_code_key" ON "Ticket"("code");
CREATE INDEX "Ticket_status_createdAt_idx" ON "Ticket"("status", "createdAt");
CREATE INDEX "Ticket_storeId_createdAt_idx" ON "Ticket"("storeId", "createdAt");
CREATE INDEX "Ticket_assigneeId_status_idx" ON "Ticket"("assigneeId", "status");
CREATE INDEX "Ticket_orderId_idx" ON "Ticket"("orderId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SupportAction_ticketId_createdAt_idx" ON "SupportAction"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportAction_orderId_idx" ON "SupportAction"("orderId");

