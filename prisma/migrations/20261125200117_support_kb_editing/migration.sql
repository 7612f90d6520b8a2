-- AlterTable
ALTER TABLE "KnowledgeArticle" ADD COLUMN "altBody" TEXT;
ALTER TABLE "KnowledgeArticle" ADD COLUMN "altTitle" TEXT;
ALTER TABLE "KnowledgeArticle" ADD COLUMN "retiredAt" DATETIME;
ALTER TABLE "KnowledgeArticle" ADD COLUMN "updatedById" TEXT;

