-- Procedure search at scale, step 2 (docs/decisions/010-search-at-scale.md): what search reads moves
-- to a narrow side table, "ProcedureSearch", one row per procedure, kept by a trigger. The matching,
-- the ranking and the exact facet counts of tens of thousands of matches then visit rows of a few
-- hundred bytes instead of the procedure's wide rows (JSON, texts: about 4 a page).

-- The indexes only search used move with it.
DROP INDEX "Procedure_searchBody_idx";
DROP INDEX "Procedure_searchKeywords_idx";
DROP INDEX "Procedure_searchTitleEn_idx";
DROP INDEX "Procedure_searchBody_shingles_idx";
DROP INDEX "Procedure_searchTitle_shingles_idx";
DROP INDEX "Procedure_searchTitleEn_shingles_idx";

-- CreateTable
CREATE TABLE "ProcedureSearch" (
    "id" TEXT NOT NULL,
    "status" "ProcedureStatus" NOT NULL,
    "synthetic" BOOLEAN NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "level" "ProcedureLevel" NOT NULL,
    "onlineLevel" "OnlineLevel" NOT NULL,
    "views" INTEGER NOT NULL,
    "searchTitle" TEXT NOT NULL,
    "searchKeywords" TEXT NOT NULL,
    "searchTitleEn" TEXT NOT NULL,
    "searchBody" TEXT NOT NULL,

    CONSTRAINT "ProcedureSearch_pkey" PRIMARY KEY ("id")
);
-- The body (1.5 kB on average) is compressed and stored out of line as soon as a row passes 1 kB,
-- rather than 2 kB: the rows stay narrow (matching the body reads only its GIN index).
ALTER TABLE "ProcedureSearch" SET (toast_tuple_target = 1024);

-- The planner estimates the typo test (word_similarity, operator <%) by computing it for every
-- most common value and histogram entry of the title columns: with the default 100 of each, planning
-- the search statement took 5 to 25 ms (the English title and summary are long). Ten are plenty for
-- the LIKE estimates that read them too.
ALTER TABLE "ProcedureSearch" ALTER COLUMN "searchTitle" SET STATISTICS 10, ALTER COLUMN "searchTitleEn" SET STATISTICS 10;

-- AddForeignKey
ALTER TABLE "ProcedureSearch" ADD CONSTRAINT "ProcedureSearch_id_fkey" FOREIGN KEY ("id") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every write to "Procedure" (the editor, the seed, the synthetic generator, a view counted) is
-- mirrored here. Counting a view updates one narrow row (its indexes unchanged).
CREATE FUNCTION public.procedure_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."searchBody" IS NOT DISTINCT FROM OLD."searchBody" THEN
    -- Without the body in the comparison: its text need not be read or compared twice.
    IF (NEW."id", NEW."status", NEW."synthetic", NEW."fieldCode", NEW."level", NEW."onlineLevel", NEW."views", NEW."searchTitle", NEW."searchKeywords", NEW."searchTitleEn")
       IS NOT DISTINCT FROM
       (OLD."id", OLD."status", OLD."synthetic", OLD."fieldCode", OLD."level", OLD."onlineLevel", OLD."views", OLD."searchTitle", OLD."searchKeywords", OLD."searchTitleEn") THEN
      RETURN NULL;
    END IF;
    UPDATE "ProcedureSearch" SET "id" = NEW."id", "status" = NEW."status", "synthetic" = NEW."synthetic", "fieldCode" = NEW."fieldCode",
      "level" = NEW."level", "onlineLevel" = NEW."onlineLevel", "views" = NEW."views", "searchTitle" = NEW."searchTitle",
      "searchKeywords" = NEW."searchKeywords", "searchTitleEn" = NEW."searchTitleEn"
    WHERE "id" = OLD."id";
    IF FOUND THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO "ProcedureSearch" ("id", "status", "synthetic", "fieldCode", "level", "onlineLevel", "views", "searchTitle", "searchKeywords", "searchTitleEn", "searchBody")
  VALUES (NEW."id", NEW."status", NEW."synthetic", NEW."fieldCode", NEW."level", NEW."onlineLevel", NEW."views", NEW."searchTitle", NEW."searchKeywords", NEW."searchTitleEn", NEW."searchBody")
  ON CONFLICT ("id") DO UPDATE SET "status" = EXCLUDED."status", "synthetic" = EXCLUDED."synthetic", "fieldCode" = EXCLUDED."fieldCode",
    "level" = EXCLUDED."level", "onlineLevel" = EXCLUDED."onlineLevel", "views" = EXCLUDED."views", "searchTitle" = EXCLUDED."searchTitle",
    "searchKeywords" = EXCLUDED."searchKeywords", "searchTitleEn" = EXCLUDED."searchTitleEn", "searchBody" = EXCLUDED."searchBody";
  RETURN NULL;
END
$$;
CREATE TRIGGER "Procedure_search_sync" AFTER INSERT OR UPDATE ON "Procedure" FOR EACH ROW EXECUTE FUNCTION public.procedure_search_sync();

-- The procedures already there.
INSERT INTO "ProcedureSearch" ("id", "status", "synthetic", "fieldCode", "level", "onlineLevel", "views", "searchTitle", "searchKeywords", "searchTitleEn", "searchBody")
SELECT "id", "status", "synthetic", "fieldCode", "level", "onlineLevel", "views", "searchTitle", "searchKeywords", "searchTitleEn", "searchBody"
FROM "Procedure";

-- CreateIndex
CREATE INDEX "ProcedureSearch_searchTitle_idx" ON "ProcedureSearch" USING GIN ("searchTitle" gin_trgm_ops);
CREATE INDEX "ProcedureSearch_searchKeywords_idx" ON "ProcedureSearch" USING GIN ("searchKeywords" gin_trgm_ops);
CREATE INDEX "ProcedureSearch_searchTitleEn_idx" ON "ProcedureSearch" USING GIN ("searchTitleEn" gin_trgm_ops);
-- The body: phrase matching (see 20261129071902_search_shingles).
CREATE INDEX "ProcedureSearch_searchBody_shingles_idx" ON "ProcedureSearch" USING GIN (public.search_shingles("searchBody"));
-- The keywords: a phrase of three words or more is found by its pairs of words, then checked.
CREATE INDEX "ProcedureSearch_searchKeywords_shingles_idx" ON "ProcedureSearch" USING GIN (public.search_shingles("searchKeywords"));
-- The titles: which words some title contains (a word in none is looked for as a typo).
CREATE INDEX "ProcedureSearch_searchTitle_shingles_idx" ON "ProcedureSearch" USING GIN (public.search_shingles("searchTitle"));
CREATE INDEX "ProcedureSearch_searchTitleEn_shingles_idx" ON "ProcedureSearch" USING GIN (public.search_shingles("searchTitleEn"));
