-- Provenance of every NGO (where the record came from) and sync history (issue 12).
-- "local": typed in by a registrar or generated as demo data; a connector names itself (e.g. egov:<dataset>).

-- AlterTable
ALTER TABLE "ngos" ADD COLUMN "source" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "source_url" TEXT,
ADD COLUMN "source_record_id" TEXT,
ADD COLUMN "fetched_at" TIMESTAMPTZ(3),
ADD COLUMN "content_hash" CHAR(64),
ADD COLUMN "removed_from_source_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "ngos_source_source_record_id_idx" ON "ngos"("source", "source_record_id");

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
