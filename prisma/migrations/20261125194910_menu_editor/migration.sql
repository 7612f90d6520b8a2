-- CreateTable
CREATE TABLE "OptionRecipeLine" (
    "optionId" TEXT NOT NULL,
    "ingredientId" TEXT NOT NULL,
    "quantity" REAL NOT NULL,

    PRIMARY KEY ("optionId", "ingredientId"),
    CONSTRAINT "OptionRecipeLine_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "MenuOption" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OptionRecipeLine_ingredientId_fkey" FOREIGN KEY ("ingredientId") REFERENCES "Ingredient" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MenuPhoto" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storeId" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BLOB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MenuCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storeId" TEXT NOT NULL,
    "parentId" TEXT,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "availability" TEXT,
    CONSTRAINT "MenuCategory_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MenuCategory_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "MenuCategory" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_MenuCategory" ("id", "nameEn", "nameZh", "parentId", "sortOrder", "storeId") SELECT "id", "nameEn", "nameZh", "parentId", "sortOrder", "storeId" FROM "MenuCategory";
DROP TABLE "MenuCategory";
ALTER TABLE "new_MenuCategory" RENAME TO "MenuCategory";
CREATE INDEX "MenuCategory_storeId_sortOrder_idx" ON "MenuCategory"("storeId", "sortOrder");
CREATE TABLE "new_Ingredient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "storeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "stockQty" REAL NOT NULL DEFAULT 0,
    "lowStockThreshold" REAL,
    "costCents" INTEGER,
    "supplierId" TEXT,
    CONSTRAINT "Ingredient_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Ingredient_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Ingredient" ("costCents", "id", "lowStockThreshold", "name", "stockQty", "storeId", "unit") SELECT "costCents", "id", "lowStockThreshold", "name", "stockQty", "storeId", "unit" FROM "Ingredient";
DROP TABLE "Ingredient";
ALTER TABLE "new_Ingredient" RENAME TO "Ingredient";
CREATE INDEX "Ingredient_storeId_idx" ON "Ingredient"("storeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OptionRecipeLine_ingredientId_idx" ON "OptionRecipeLine"("ingredientId");

-- CreateIndex
CREATE INDEX "MenuPhoto_storeId_idx" ON "MenuPhoto"("storeId");

