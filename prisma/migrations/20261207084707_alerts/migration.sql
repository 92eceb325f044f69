-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('ACTUAL', 'EXERCISE', 'TEST', 'DRAFT');

-- CreateEnum
CREATE TYPE "AlertMsgType" AS ENUM ('ALERT', 'UPDATE', 'CANCEL');

-- CreateEnum
CREATE TYPE "AlertUrgency" AS ENUM ('IMMEDIATE', 'EXPECTED', 'FUTURE', 'PAST', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "AlertSeverity" AS ENUM ('EXTREME', 'SEVERE', 'MODERATE', 'MINOR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "AlertCertainty" AS ENUM ('OBSERVED', 'LIKELY', 'POSSIBLE', 'UNLIKELY', 'UNKNOWN');

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "sent" TIMESTAMP(3) NOT NULL,
    "status" "AlertStatus" NOT NULL,
    "msgType" "AlertMsgType" NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'Public',
    "note" TEXT,
    "referencesId" TEXT,
    "threadId" TEXT NOT NULL,
    "supersededAt" TIMESTAMP(3),
    "category" TEXT NOT NULL,
    "responseType" TEXT NOT NULL,
    "urgency" "AlertUrgency" NOT NULL,
    "severity" "AlertSeverity" NOT NULL,
    "certainty" "AlertCertainty" NOT NULL,
    "eventVi" TEXT NOT NULL,
    "eventEn" TEXT NOT NULL,
    "headlineVi" TEXT NOT NULL,
    "headlineEn" TEXT NOT NULL,
    "descriptionVi" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "instructionVi" TEXT NOT NULL DEFAULT '',
    "instructionEn" TEXT NOT NULL DEFAULT '',
    "areaDescVi" TEXT NOT NULL,
    "areaDescEn" TEXT NOT NULL,
    "onset" TIMESTAMP(3) NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "polygon" TEXT,
    "circle" TEXT,
    "issuedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertWard" (
    "alertId" TEXT NOT NULL,
    "wardCode" TEXT NOT NULL,

    CONSTRAINT "AlertWard_pkey" PRIMARY KEY ("alertId","wardCode")
);

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Alert_identifier_key" ON "Alert"("identifier");

-- CreateIndex
CREATE INDEX "Alert_status_supersededAt_expires_idx" ON "Alert"("status", "supersededAt", "expires");

-- CreateIndex
CREATE INDEX "Alert_threadId_idx" ON "Alert"("threadId");

-- CreateIndex
CREATE INDEX "Alert_sent_idx" ON "Alert"("sent");

-- CreateIndex
CREATE INDEX "AlertWard_wardCode_idx" ON "AlertWard"("wardCode");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_referencesId_fkey" FOREIGN KEY ("referencesId") REFERENCES "Alert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertWard" ADD CONSTRAINT "AlertWard_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertWard" ADD CONSTRAINT "AlertWard_wardCode_fkey" FOREIGN KEY ("wardCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
