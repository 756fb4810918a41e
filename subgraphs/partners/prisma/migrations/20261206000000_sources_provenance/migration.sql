-- Provenance of activities (and so of their transactions and budgets) and of official rates;
-- the IATI files a sync has fetched, for conditional requests; sync history (issue 12).

-- AlterTable
ALTER TABLE "activities" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "source_url" TEXT,
ADD COLUMN "fetched_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "exchange_rates" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "source_url" TEXT,
ADD COLUMN "fetched_at" TIMESTAMPTZ(3);

-- CreateTable: an IATI activity file found through the IATI Registry, and how it answered last time.
CREATE TABLE "iati_source_files" (
    "url" TEXT NOT NULL,
    "dataset" TEXT NOT NULL,
    "publisher" TEXT,
    "etag" TEXT,
    "last_modified" TEXT,
    "content_hash" CHAR(64),
    "fetched_at" TIMESTAMPTZ(3),
    "removed_from_source_at" TIMESTAMPTZ(3),

    CONSTRAINT "iati_source_files_pkey" PRIMARY KEY ("url")
);

-- CreateTable: one row per run of a connector against this database (npm run sync).
CREATE TABLE "sync_runs" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "error" TEXT,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "rejected" INTEGER NOT NULL,
    "removed" INTEGER NOT NULL,
    "rejections" JSONB NOT NULL,

    CONSTRAINT "sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sync_runs_source_started_at_idx" ON "sync_runs"("source", "started_at");
