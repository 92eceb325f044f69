-- AlterEnum
ALTER TYPE "CampaignUnitKind" ADD VALUE 'WARD';
ALTER TYPE "CampaignUnitKind" ADD VALUE 'ARMED_FORCES';
ALTER TYPE "CampaignUnitKind" ADD VALUE 'UNION';

-- AlterTable
ALTER TABLE "CampaignUnit" ADD COLUMN     "target" INTEGER NOT NULL DEFAULT 100;

-- CreateTable
CREATE TABLE "CampaignInvitation" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CampaignInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CampaignInvitation_token_key" ON "CampaignInvitation"("token");

-- CreateIndex
CREATE INDEX "CampaignInvitation_unitId_idx" ON "CampaignInvitation"("unitId");

-- AddForeignKey
ALTER TABLE "CampaignInvitation" ADD CONSTRAINT "CampaignInvitation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "CampaignUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
