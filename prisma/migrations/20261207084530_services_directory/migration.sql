-- CreateEnum
CREATE TYPE "PlaceType" AS ENUM ('HOSPITAL', 'CLINIC', 'SCHOOL', 'ADMIN_CENTRE', 'TRANSPORT');

-- CreateEnum
CREATE TYPE "SchoolLevel" AS ENUM ('PRESCHOOL', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY');

-- CreateEnum
CREATE TYPE "PlaceOwnership" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateEnum
CREATE TYPE "PlaceReportStatus" AS ENUM ('OPEN', 'RESOLVED', 'DISMISSED');

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "PlaceType" NOT NULL,
    "schoolLevel" "SchoolLevel",
    "ownership" "PlaceOwnership" NOT NULL DEFAULT 'PUBLIC',
    "serves" "ProcedureLevel",
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "wardCode" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "website" TEXT NOT NULL DEFAULT '',
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "closedOnHolidays" BOOLEAN NOT NULL DEFAULT true,
    "hoursNoteVi" TEXT NOT NULL DEFAULT '',
    "hoursNoteEn" TEXT NOT NULL DEFAULT '',
    "unverified" TEXT[],
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceHours" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opensMin" INTEGER NOT NULL,
    "closesMin" INTEGER NOT NULL,

    CONSTRAINT "PlaceHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceReport" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "PlaceReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,

    CONSTRAINT "PlaceReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "Place_type_idx" ON "Place"("type");

-- CreateIndex
CREATE INDEX "Place_wardCode_idx" ON "Place"("wardCode");

-- CreateIndex
CREATE INDEX "Place_lat_lng_idx" ON "Place"("lat", "lng");

-- CreateIndex
CREATE INDEX "Place_searchText_idx" ON "Place" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PlaceHours_placeId_idx" ON "PlaceHours"("placeId");

-- CreateIndex
CREATE INDEX "PlaceHours_weekday_opensMin_closesMin_idx" ON "PlaceHours"("weekday", "opensMin", "closesMin");

-- CreateIndex
CREATE INDEX "PlaceReport_status_createdAt_idx" ON "PlaceReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PlaceReport_placeId_idx" ON "PlaceReport"("placeId");

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_wardCode_fkey" FOREIGN KEY ("wardCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceHours" ADD CONSTRAINT "PlaceHours_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceReport" ADD CONSTRAINT "PlaceReport_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;
