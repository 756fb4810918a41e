-- IATI elements the importer now keeps and the export writes back (issue 12).

-- AlterTable: BudgetType (1 Original, 2 Revised) and BudgetStatus (1 Indicative, 2 Committed).
ALTER TABLE "budgets" ADD COLUMN "type" SMALLINT,
ADD COLUMN "status" SMALLINT;

-- AlterTable: the OrganisationType of each side, and the DisbursementChannel (1..4).
ALTER TABLE "transactions" ADD COLUMN "provider_org_type" VARCHAR(4),
ADD COLUMN "receiver_org_type" VARCHAR(4),
ADD COLUMN "disbursement_channel" SMALLINT;
