-- CreateEnum
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ConsultationResultsRule" AS ENUM ('SEALED_UNTIL_CLOSE', 'AFTER_ANSWER');

-- CreateEnum
CREATE TYPE "ConsultationQuestionKind" AS ENUM ('SINGLE', 'MULTIPLE', 'SCALE', 'RANKING', 'TEXT');

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryVi" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "bodyVi" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "resultsRule" "ConsultationResultsRule" NOT NULL DEFAULT 'SEALED_UNTIL_CLOSE',
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "outcomeVi" TEXT,
    "outcomeEn" TEXT,
    "outcomePublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationWard" (
    "consultationId" TEXT NOT NULL,
    "wardCode" TEXT NOT NULL,

    CONSTRAINT "ConsultationWard_pkey" PRIMARY KEY ("consultationId","wardCode")
);

-- CreateTable
CREATE TABLE "ConsultationQuestion" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ConsultationQuestionKind" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "textVi" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "maxChoices" INTEGER,
    "maxLength" INTEGER,

    CONSTRAINT "ConsultationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationOption" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "textVi" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "ConsultationOption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationResponse" (
    "id" TEXT NOT NULL,
    "consultationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "wardCode" TEXT,
    "receiptCode" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT,
    "scale" INTEGER,
    "rank" INTEGER,
    "text" TEXT,
    "moderatedAt" TIMESTAMP(3),
    "visible" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ConsultationAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Consultation_slug_key" ON "Consultation"("slug");

-- CreateIndex
CREATE INDEX "Consultation_status_opensAt_idx" ON "Consultation"("status", "opensAt");

-- CreateIndex
CREATE INDEX "Consultation_topic_idx" ON "Consultation"("topic");

-- CreateIndex
CREATE INDEX "ConsultationWard_wardCode_idx" ON "ConsultationWard"("wardCode");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationQuestion_consultationId_position_key" ON "ConsultationQuestion"("consultationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationOption_questionId_position_key" ON "ConsultationOption"("questionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationOption_id_questionId_key" ON "ConsultationOption"("id", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationResponse_receiptCode_key" ON "ConsultationResponse"("receiptCode");

-- CreateIndex
CREATE INDEX "ConsultationResponse_consultationId_wardCode_idx" ON "ConsultationResponse"("consultationId", "wardCode");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationResponse_consultationId_userId_key" ON "ConsultationResponse"("consultationId", "userId");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_questionId_optionId_idx" ON "ConsultationAnswer"("questionId", "optionId");

-- CreateIndex
CREATE INDEX "ConsultationAnswer_responseId_idx" ON "ConsultationAnswer"("responseId");

-- AddForeignKey
ALTER TABLE "ConsultationWard" ADD CONSTRAINT "ConsultationWard_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationWard" ADD CONSTRAINT "ConsultationWard_wardCode_fkey" FOREIGN KEY ("wardCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationQuestion" ADD CONSTRAINT "ConsultationQuestion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationOption" ADD CONSTRAINT "ConsultationOption_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ConsultationQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ConsultationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ConsultationQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAnswer" ADD CONSTRAINT "ConsultationAnswer_optionId_questionId_fkey" FOREIGN KEY ("optionId", "questionId") REFERENCES "ConsultationOption"("id", "questionId") ON DELETE CASCADE ON UPDATE CASCADE;
