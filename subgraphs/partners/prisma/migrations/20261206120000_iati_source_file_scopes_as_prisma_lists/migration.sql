-- Prisma declares scalar lists (String[]) as nullable columns; the drift check compares the
-- database with the Prisma schema, so listed_by follows the other list columns. The default
-- still gives every new row an empty list, and the sync writes the column on every upsert.
ALTER TABLE "iati_source_files" ALTER COLUMN "listed_by" DROP NOT NULL;
