-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('UN_AGENCY', 'EU', 'BILATERAL_DONOR', 'MULTILATERAL', 'FOUNDATION', 'INTERNATIONAL_NGO', 'NATIONAL_NGO', 'GOVERNMENT', 'OTHER');

-- CreateTable
CREATE TABLE "partners" (
    "id" UUID NOT NULL,
    "org_ref" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "PartnerKind" NOT NULL,
    "iati_type" VARCHAR(4),
    "country" CHAR(2),
    "ngo_bin" CHAR(12),

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activities" (
    "id" UUID NOT NULL,
    "iati_identifier" TEXT NOT NULL,
    "reporting_org_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" SMALLINT NOT NULL,
    "default_currency" CHAR(3),
    "planned_start" DATE,
    "actual_start" DATE,
    "planned_end" DATE,
    "actual_end" DATE,
    "recipient_countries" TEXT[],
    "recipient_regions" TEXT[],
    "location_region_codes" TEXT[],
    "sdg_goals" INTEGER[],
    "sdg_targets" TEXT[],
    "last_updated_at" TIMESTAMPTZ(3),

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "participating_orgs" (
    "id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "partner_id" UUID,
    "org_ref" TEXT,
    "name" TEXT NOT NULL,
    "role" SMALLINT NOT NULL,

    CONSTRAINT "participating_orgs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budgets" (
    "id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "value_date" DATE NOT NULL,

    CONSTRAINT "budgets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transactions" (
    "id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "ref" TEXT,
    "type" SMALLINT NOT NULL,
    "transaction_date" DATE NOT NULL,
    "value_date" DATE NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "description" TEXT,
    "provider_org_ref" TEXT,
    "provider_name" TEXT,
    "provider_partner_id" UUID,
    "provider_activity_id" TEXT,
    "receiver_org_ref" TEXT,
    "receiver_name" TEXT,
    "receiver_partner_id" UUID,
    "receiver_activity_id" TEXT,
    "receiver_bin" CHAR(12),
    "region_code" VARCHAR(5),

    CONSTRAINT "transactions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "partners_org_ref_key" ON "partners"("org_ref");

-- CreateIndex
CREATE INDEX "partners_kind_idx" ON "partners"("kind");

-- CreateIndex
CREATE INDEX "partners_ngo_bin_idx" ON "partners"("ngo_bin");

-- CreateIndex
CREATE UNIQUE INDEX "activities_iati_identifier_key" ON "activities"("iati_identifier");

-- CreateIndex
CREATE INDEX "activities_reporting_org_id_idx" ON "activities"("reporting_org_id");

-- CreateIndex
CREATE INDEX "activities_sdg_goals_idx" ON "activities" USING GIN ("sdg_goals");

-- CreateIndex
CREATE INDEX "activities_location_region_codes_idx" ON "activities" USING GIN ("location_region_codes");

-- CreateIndex
CREATE INDEX "participating_orgs_activity_id_idx" ON "participating_orgs"("activity_id");

-- CreateIndex
CREATE INDEX "participating_orgs_partner_id_idx" ON "participating_orgs"("partner_id");

-- CreateIndex
CREATE INDEX "budgets_activity_id_idx" ON "budgets"("activity_id");

-- CreateIndex
CREATE INDEX "transactions_activity_id_type_idx" ON "transactions"("activity_id", "type");

-- CreateIndex
CREATE INDEX "transactions_receiver_bin_type_idx" ON "transactions"("receiver_bin", "type");

-- CreateIndex
CREATE INDEX "transactions_provider_partner_id_type_idx" ON "transactions"("provider_partner_id", "type");

-- CreateIndex
CREATE INDEX "transactions_region_code_type_idx" ON "transactions"("region_code", "type");

-- CreateIndex
CREATE INDEX "transactions_value_date_idx" ON "transactions"("value_date");

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_reporting_org_id_fkey" FOREIGN KEY ("reporting_org_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participating_orgs" ADD CONSTRAINT "participating_orgs_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
