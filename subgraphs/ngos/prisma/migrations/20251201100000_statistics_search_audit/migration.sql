-- Dashboards, search and registry changes: counts kept by the database, name
-- search by trigrams, and the audit log of registrars' changes.

-- Name search by trigrams (ILIKE and word similarity): pg_trgm ships with
-- PostgreSQL's contrib modules and is a trusted extension, so the database
-- owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "NgoAuditAction" AS ENUM ('REGISTERED', 'UPDATED', 'STATUS_CHANGED');

-- CreateTable
CREATE TABLE "ngo_audit_entries" (
    "id" UUID NOT NULL,
    "ngo_id" UUID NOT NULL,
    "action" "NgoAuditAction" NOT NULL,
    "actor_subject" TEXT NOT NULL,
    "actor_role" VARCHAR(20) NOT NULL,
    "request_id" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "changed_fields" TEXT[],
    "before" JSONB,
    "after" JSONB NOT NULL,

    CONSTRAINT "ngo_audit_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ngo_counts" (
    "region_code" VARCHAR(5) NOT NULL,
    "status" "NgoStatus" NOT NULL,
    "legal_form" "LegalForm" NOT NULL,
    "registered_year" SMALLINT NOT NULL,
    "ngos" INTEGER NOT NULL,

    CONSTRAINT "ngo_counts_pkey" PRIMARY KEY ("region_code","status","legal_form","registered_year")
);

-- CreateTable
CREATE TABLE "ngo_sector_counts" (
    "sector" TEXT NOT NULL,
    "region_code" VARCHAR(5) NOT NULL,
    "status" "NgoStatus" NOT NULL,
    "legal_form" "LegalForm" NOT NULL,
    "ngos" INTEGER NOT NULL,

    CONSTRAINT "ngo_sector_counts_pkey" PRIMARY KEY ("sector","region_code","status","legal_form")
);

-- CreateIndex
CREATE INDEX "ngo_audit_entries_ngo_id_at_idx" ON "ngo_audit_entries"("ngo_id", "at");

-- CreateIndex
CREATE INDEX "ngo_audit_entries_at_idx" ON "ngo_audit_entries"("at");

-- CreateIndex
CREATE INDEX "ngo_audit_entries_actor_subject_at_idx" ON "ngo_audit_entries"("actor_subject", "at");

-- CreateIndex
CREATE INDEX "ngo_audit_entries_action_at_idx" ON "ngo_audit_entries"("action", "at");

-- CreateIndex
CREATE INDEX "ngos_legal_form_status_idx" ON "ngos"("legal_form", "status");

-- CreateIndex
CREATE INDEX "ngos_name_ru_trgm_idx" ON "ngos" USING GIN ("name_ru" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ngos_name_kk_trgm_idx" ON "ngos" USING GIN ("name_kk" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ngos_name_en_trgm_idx" ON "ngos" USING GIN ("name_en" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ngo_audit_entries" ADD CONSTRAINT "ngo_audit_entries_ngo_id_fkey" FOREIGN KEY ("ngo_id") REFERENCES "ngos"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The counts behind the dashboards, kept by the database in the same
-- transaction as every change to "ngos", so they are exact at every commit.
-- Statement-level triggers with transition tables: a bulk load of thousands
-- of rows updates each count once per statement, not once per row. Each
-- change is one upsert per table with keys in sorted order, so concurrent
-- registry changes lock count rows in the same order and cannot deadlock.
-- An NGO counts once per distinct sector it works in.
CREATE FUNCTION "ngo_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- The rows that left (-1) and arrived (+1); a trigger sees only the transition tables of its event.
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS "delta" FROM "new_rows" n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS "delta" FROM "old_rows" o'
    ELSE 'SELECT o.*, -1 AS "delta" FROM "old_rows" o UNION ALL SELECT n.*, 1 AS "delta" FROM "new_rows" n'
  END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO "ngo_counts" AS c ("region_code", "status", "legal_form", "registered_year", "ngos")
    SELECT "region_code", "status", "legal_form", extract(year FROM "registered_on")::smallint, sum("delta")
    FROM (%s) ch
    GROUP BY 1, 2, 3, 4
    HAVING sum("delta") <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("region_code", "status", "legal_form", "registered_year")
    DO UPDATE SET "ngos" = c."ngos" + excluded."ngos"
  $sql$, changes);

  EXECUTE format($sql$
    INSERT INTO "ngo_sector_counts" AS c ("sector", "region_code", "status", "legal_form", "ngos")
    SELECT s."sector", ch."region_code", ch."status", ch."legal_form", sum(ch."delta")
    FROM (%s) ch
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(ch."sectors")) AS s("sector")
    GROUP BY 1, 2, 3, 4
    HAVING sum(ch."delta") <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("sector", "region_code", "status", "legal_form")
    DO UPDATE SET "ngos" = c."ngos" + excluded."ngos"
  $sql$, changes);
  RETURN NULL;
END
$$;

CREATE TRIGGER "ngos_counts_insert" AFTER INSERT ON "ngos"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_counts_apply"();
CREATE TRIGGER "ngos_counts_update" AFTER UPDATE ON "ngos"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_counts_apply"();
CREATE TRIGGER "ngos_counts_delete" AFTER DELETE ON "ngos"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_counts_apply"();

CREATE FUNCTION "ngo_counts_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ngo_counts";
  DELETE FROM "ngo_sector_counts";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ngos_counts_truncate" AFTER TRUNCATE ON "ngos"
  FOR EACH STATEMENT EXECUTE FUNCTION "ngo_counts_clear"();

-- Counts for the rows already there (databases created before this migration).
INSERT INTO "ngo_counts" ("region_code", "status", "legal_form", "registered_year", "ngos")
SELECT "region_code", "status", "legal_form", extract(year FROM "registered_on")::smallint, count(*)
FROM "ngos" GROUP BY 1, 2, 3, 4;

INSERT INTO "ngo_sector_counts" ("sector", "region_code", "status", "legal_form", "ngos")
SELECT s."sector", n."region_code", n."status", n."legal_form", count(*)
FROM "ngos" n CROSS JOIN LATERAL (SELECT DISTINCT unnest(n."sectors")) AS s("sector")
GROUP BY 1, 2, 3, 4;
