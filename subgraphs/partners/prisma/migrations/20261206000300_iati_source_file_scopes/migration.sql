-- The registry queries that listed each IATI file (issue 12): a sync run marks as removed only the files
-- that its own query listed before and lists no more, so a --country run leaves --publisher files alone.

-- AlterTable: scope keys such as "publisher:undp" or "country:KZ".
ALTER TABLE "iati_source_files" ADD COLUMN "listed_by" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- Files synced before were found by publisher.
UPDATE "iati_source_files" SET "listed_by" = ARRAY['publisher:' || "publisher"] WHERE "publisher" IS NOT NULL;
