-- CreateEnum
CREATE TYPE "NgoStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'LIQUIDATED');

-- CreateEnum
CREATE TYPE "LegalForm" AS ENUM ('PUBLIC_ASSOCIATION', 'PUBLIC_FOUNDATION', 'PRIVATE_INSTITUTION', 'ASSOCIATION_OF_LEGAL_ENTITIES', 'RELIGIOUS_ASSOCIATION', 'CONSUMER_COOPERATIVE');

-- CreateTable
CREATE TABLE "ngos" (
    "id" UUID NOT NULL,
    "bin" CHAR(12) NOT NULL,
    "name_kk" TEXT,
    "name_ru" TEXT NOT NULL,
    "name_en" TEXT,
    "legal_form" "LegalForm" NOT NULL,
    "registered_on" DATE NOT NULL,
    "status" "NgoStatus" NOT NULL DEFAULT 'ACTIVE',
    "region_code" VARCHAR(5) NOT NULL,
    "sectors" TEXT[],
    "email" TEXT,
    "phone" TEXT,
    "website" TEXT,
    "address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ngos_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ngos_bin_key" ON "ngos"("bin");

-- CreateIndex
CREATE INDEX "ngos_region_code_status_idx" ON "ngos"("region_code", "status");

-- CreateIndex
CREATE INDEX "ngos_status_registered_on_idx" ON "ngos"("status", "registered_on");

-- CreateIndex
CREATE INDEX "ngos_registered_on_idx" ON "ngos"("registered_on");

-- CreateIndex
CREATE INDEX "ngos_sectors_idx" ON "ngos" USING GIN ("sectors");
