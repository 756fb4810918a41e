-- Sectors, recipient shares and locations as published, kept by the IATI importer and written back by the export (issue 12).

-- AlterTable: every <sector> (code, vocabulary, percentage), every recipient-country/-region with its share,
-- every <location> element; JSON arrays of the shapes in subgraphs/partners/src/iati/model.ts.
ALTER TABLE "activities" ADD COLUMN "sectors" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "recipients" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "locations" JSONB NOT NULL DEFAULT '[]';
