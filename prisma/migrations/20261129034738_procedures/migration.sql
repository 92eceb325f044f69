-- CreateEnum
CREATE TYPE "ProcedureLevel" AS ENUM ('CITY', 'COMMUNE');

-- CreateEnum
CREATE TYPE "OnlineLevel" AS ENUM ('FULL', 'PARTIAL', 'NONE');

-- CreateEnum
CREATE TYPE "ProcedureStatus" AS ENUM ('PUBLISHED', 'UNPUBLISHED');

-- CreateTable
CREATE TABLE "ProcedureField" (
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "ProcedureField_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Procedure" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "codeVerified" BOOLEAN NOT NULL DEFAULT true,
    "decisionNumber" TEXT NOT NULL DEFAULT '',
    "slug" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "summaryVi" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "fieldCode" TEXT NOT NULL,
    "level" "ProcedureLevel" NOT NULL,
    "onlineLevel" "OnlineLevel" NOT NULL,
    "onlineUrl" TEXT,
    "applicants" TEXT NOT NULL,
    "implementingAgency" TEXT NOT NULL,
    "competentAgency" TEXT,
    "submissionPlace" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "methods" JSONB NOT NULL,
    "documents" JSONB NOT NULL,
    "result" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "legalBasis" JSONB NOT NULL,
    "keywords" TEXT[],
    "lifeEvents" TEXT[],
    "uncertain" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "status" "ProcedureStatus" NOT NULL DEFAULT 'PUBLISHED',
    "views" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "searchTitle" TEXT NOT NULL DEFAULT '',
    "searchKeywords" TEXT NOT NULL DEFAULT '',
    "searchBody" TEXT NOT NULL DEFAULT '',
    "searchTitleEn" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Procedure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureVersion" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "editorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcedureVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureSlugRedirect" (
    "slug" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,

    CONSTRAINT "ProcedureSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "SearchSynonym" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "expansions" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonym_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureFeedback" (
    "id" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcedureFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_code_key" ON "Procedure"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Procedure_slug_key" ON "Procedure"("slug");

-- CreateIndex
CREATE INDEX "Procedure_fieldCode_idx" ON "Procedure"("fieldCode");

-- CreateIndex
CREATE INDEX "Procedure_level_idx" ON "Procedure"("level");

-- CreateIndex
CREATE INDEX "Procedure_onlineLevel_idx" ON "Procedure"("onlineLevel");

-- CreateIndex
CREATE INDEX "Procedure_status_views_idx" ON "Procedure"("status", "views");

-- CreateIndex
CREATE INDEX "Procedure_searchTitle_idx" ON "Procedure" USING GIN ("searchTitle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Procedure_searchKeywords_idx" ON "Procedure" USING GIN ("searchKeywords" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Procedure_searchBody_idx" ON "Procedure" USING GIN ("searchBody" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Procedure_searchTitleEn_idx" ON "Procedure" USING GIN ("searchTitleEn" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "ProcedureVersion_procedureId_version_key" ON "ProcedureVersion"("procedureId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "SearchSynonym_term_key" ON "SearchSynonym"("term");

-- CreateIndex
CREATE INDEX "ProcedureFeedback_procedureId_createdAt_idx" ON "ProcedureFeedback"("procedureId", "createdAt");

-- AddForeignKey
ALTER TABLE "Procedure" ADD CONSTRAINT "Procedure_fieldCode_fkey" FOREIGN KEY ("fieldCode") REFERENCES "ProcedureField"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureVersion" ADD CONSTRAINT "ProcedureVersion_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureSlugRedirect" ADD CONSTRAINT "ProcedureSlugRedirect_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcedureFeedback" ADD CONSTRAINT "ProcedureFeedback_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "Procedure"("id") ON DELETE CASCADE ON UPDATE CASCADE;
