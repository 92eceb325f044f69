-- AlterTable
ALTER TABLE "Procedure" ADD COLUMN     "detailsEn" JSONB;
