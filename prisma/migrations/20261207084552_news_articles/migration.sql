-- CreateEnum
CREATE TYPE "NewsType" AS ENUM ('NEWS', 'ANNOUNCEMENT', 'POLICY');

-- CreateEnum
CREATE TYPE "NewsStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'UNPUBLISHED');

-- AlterTable
ALTER TABLE "NewsArticle" ADD COLUMN     "agencyId" TEXT,
ADD COLUMN     "coverAltEn" TEXT,
ADD COLUMN     "coverAltVi" TEXT,
ADD COLUMN     "coverImageId" TEXT,
ADD COLUMN     "status" "NewsStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN     "topic" TEXT NOT NULL DEFAULT 'city',
ADD COLUMN     "type" "NewsType" NOT NULL DEFAULT 'NEWS',
ALTER COLUMN "titleEn" DROP NOT NULL,
ALTER COLUMN "summaryEn" DROP NOT NULL,
ALTER COLUMN "bodyEn" DROP NOT NULL;

-- CreateTable
CREATE TABLE "NewsImage" (
    "id" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "ogData" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NewsImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsArticle_status_publishedAt_idx" ON "NewsArticle"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "NewsArticle_topic_publishedAt_idx" ON "NewsArticle"("topic", "publishedAt");

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_coverImageId_fkey" FOREIGN KEY ("coverImageId") REFERENCES "NewsImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsArticle" ADD CONSTRAINT "NewsArticle_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;
