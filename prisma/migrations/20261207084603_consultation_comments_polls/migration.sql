-- CreateEnum
CREATE TYPE "ConsultationKind" AS ENUM ('CONSULTATION', 'POLL');

-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "commentsEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "kind" "ConsultationKind" NOT NULL DEFAULT 'CONSULTATION',
ADD COLUMN     "placement" TEXT;

-- CreateTable
CREATE TABLE "ConsultationComment" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiddenAt" TIMESTAMP(3),
    "hideReason" TEXT,

    CONSTRAINT "ConsultationComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationCommentReport" (
    "commentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationCommentReport_pkey" PRIMARY KEY ("commentId","userId")
);

-- CreateIndex
CREATE INDEX "ConsultationComment_consultationId_createdAt_idx" ON "ConsultationComment"("consultationId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationCommentReport_userId_idx" ON "ConsultationCommentReport"("userId");

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationCommentReport" ADD CONSTRAINT "ConsultationCommentReport_commentId_fkey" FOREIGN KEY ("commentId") REFERENCES "ConsultationComment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationCommentReport" ADD CONSTRAINT "ConsultationCommentReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
