-- AlterTable
ALTER TABLE "MenuCategory" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "availability" TEXT;

-- AlterTable
ALTER TABLE "Ingredient" ADD COLUMN     "supplierId" TEXT;

-- CreateTable
CREATE TABLE "OptionRecipeLine" (
    "optionId" TEXT NOT NULL,
    "ingredientId" TEXT NOT NULL,
    "quantity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "OptionRecipeLine_pkey" PRIMARY KEY ("optionId","ingredientId")
);

-- CreateTable
CREATE TABLE "MenuPhoto" (
    "id" TEXT NOT NULL,
    "storeId" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MenuPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OptionRecipeLine_ingredientId_idx" ON "OptionRecipeLine"("ingredientId");

-- CreateIndex
CREATE INDEX "MenuPhoto_storeId_idx" ON "MenuPhoto"("storeId");

-- AddForeignKey
ALTER TABLE "OptionRecipeLine" ADD CONSTRAINT "OptionRecipeLine_optionId_fkey" FOREIGN KEY ("optionId") REFERENCES "MenuOption"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OptionRecipeLine" ADD CONSTRAINT "OptionRecipeLine_ingredientId_fkey" FOREIGN KEY ("ingredientId") REFERENCES "Ingredient"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ingredient" ADD CONSTRAINT "Ingredient_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE SET NULL ON UPDATE CASCADE;

