-- CreateTable
CREATE TABLE "PlaceSpecialHours" (
    "id" TEXT NOT NULL,
    "placeId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "opensMin" INTEGER,
    "closesMin" INTEGER,

    CONSTRAINT "PlaceSpecialHours_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PlaceSpecialHours_dates_check" CHECK ("startsOn" <= "endsOn"),
    CONSTRAINT "PlaceSpecialHours_times_check" CHECK (
        ("opensMin" IS NULL AND "closesMin" IS NULL)
        OR ("opensMin" >= 0 AND "opensMin" < "closesMin" AND "closesMin" <= 1440))
);

-- CreateIndex
CREATE INDEX "PlaceSpecialHours_placeId_idx" ON "PlaceSpecialHours"("placeId");

-- CreateIndex
CREATE INDEX "PlaceSpecialHours_startsOn_endsOn_idx" ON "PlaceSpecialHours"("startsOn", "endsOn");

-- AddForeignKey
ALTER TABLE "PlaceSpecialHours" ADD CONSTRAINT "PlaceSpecialHours_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- "Open now" of one place is an index-only lookup of its periods of the day.
DROP INDEX "PlaceHours_placeId_idx";

-- CreateIndex
CREATE INDEX "PlaceHours_placeId_weekday_opensMin_closesMin_idx" ON "PlaceHours"("placeId", "weekday", "opensMin", "closesMin");
