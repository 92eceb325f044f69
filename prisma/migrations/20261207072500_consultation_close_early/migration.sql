-- AlterTable
ALTER TABLE "Consultation" ADD COLUMN     "closeReason" TEXT,
ADD COLUMN     "closedEarlyAt" TIMESTAMP(3);
