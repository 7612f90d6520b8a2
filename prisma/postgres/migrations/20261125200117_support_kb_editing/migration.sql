-- AlterTable
ALTER TABLE "KnowledgeArticle" ADD COLUMN     "altBody" TEXT,
ADD COLUMN     "altTitle" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "updatedById" TEXT;

