-- IATI import, official exchange rates, recipient reports (issue 5).

-- AlterTable: how each imported activity was published, so a re-import of the same content changes nothing.
ALTER TABLE "activities" ADD COLUMN "iati_version" VARCHAR(8),
ADD COLUMN "content_hash" CHAR(64);

-- AlterTable: the IATI OrganisationType the publisher gave the participating organization.
ALTER TABLE "participating_orgs" ADD COLUMN "org_type" VARCHAR(4);

-- CreateTable
CREATE TABLE "exchange_rates" (
    "currency" CHAR(3) NOT NULL,
    "rate_date" DATE NOT NULL,
    "rate" DECIMAL(20,6) NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "exchange_rates_pkey" PRIMARY KEY ("currency","rate_date")
);

-- CreateTable
CREATE TABLE "recipient_reports" (
    "id" UUID NOT NULL,
    "recipient_org_ref" TEXT NOT NULL,
    "recipient_bin" CHAR(12),
    "activity_identifier" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "type" SMALLINT NOT NULL,
    "transaction_date" DATE NOT NULL,
    "value_date" DATE NOT NULL,
    "amount" DECIMAL(20,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "provider_org_ref" TEXT,
    "disbursement_ref" TEXT,
    "description" TEXT,
    "reported_on" DATE NOT NULL,

    CONSTRAINT "recipient_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "recipient_reports_recipient_org_ref_ref_key" ON "recipient_reports"("recipient_org_ref", "ref");

-- CreateIndex
CREATE INDEX "recipient_reports_activity_identifier_idx" ON "recipient_reports"("activity_identifier");

-- CreateIndex
CREATE INDEX "recipient_reports_provider_org_ref_idx" ON "recipient_reports"("provider_org_ref");

-- CreateIndex
CREATE INDEX "transactions_receiver_org_ref_type_idx" ON "transactions"("receiver_org_ref", "type");

-- CreateIndex
CREATE INDEX "transactions_provider_org_ref_type_idx" ON "transactions"("provider_org_ref", "type");
