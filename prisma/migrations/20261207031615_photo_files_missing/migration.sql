-- AlterTable
ALTER TABLE "ReportPhoto" ADD COLUMN     "filesMissingAt" TIMESTAMP(3);
