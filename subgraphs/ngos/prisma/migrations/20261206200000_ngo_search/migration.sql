-- What name search reads, one narrow row per NGO: the names lower-cased,
-- the length of the shortest name (the relevance score's denominator), the
-- BIN and the columns a search filter tests. A word in most names (at 10x
-- the demo data, 103,000 of 192,000 NGOs) made every search statement read
-- and re-check every candidate in the wide "ngos" rows, lower-casing three
-- names per row for ILIKE and measuring them for the score: here a
-- candidate is checked with LIKE against names lower-cased once, when
-- written, and scored from a stored length. (x ILIKE p is lower(x) LIKE
-- lower(p); pg_trgm lower-cases before making trigrams, so the trigram
-- indexes and word similarity give the same answers on these columns.)
-- Kept by statement-level triggers, in the same transaction as every change
-- to "ngos", like the count tables: exact at every commit.

-- CreateTable
CREATE TABLE "ngo_search" (
    "id" UUID NOT NULL,
    "bin" CHAR(12) NOT NULL,
    "name_ru" TEXT NOT NULL,
    "name_kk" TEXT,
    "name_en" TEXT,
    "shortest_name" INTEGER NOT NULL,
    "registered_on" DATE NOT NULL,
    "region_code" VARCHAR(5) NOT NULL,
    "status" "NgoStatus" NOT NULL,
    "legal_form" "LegalForm" NOT NULL,
    "sectors" TEXT[],

    CONSTRAINT "ngo_search_pkey" PRIMARY KEY ("id")
);

-- The rows of "ngos" as search reads them. The shortest name is measured on
-- the names as written (lower-casing can change a length), and a missing
-- name counts as 100000 characters, longer than any name.
CREATE FUNCTION "ngo_search_rows"() RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT $q$
    INSERT INTO "ngo_search" ("id", "bin", "name_ru", "name_kk", "name_en", "shortest_name",
                              "registered_on", "region_code", "status", "legal_form", "sectors")
    SELECT n."id", n."bin", lower(n."name_ru"), lower(n."name_kk"), lower(n."name_en"),
           least(coalesce(length(n."name_ru"), 100000), coalesce(length(n."name_kk"), 100000), coalesce(length(n."name_en"), 100000)),
           n."registered_on", n."region_code", n."status", n."legal_form", n."sectors"
  $q$
$$;

CREATE FUNCTION "ngo_search_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE "ngo_search_rows"() || ' FROM "new_rows" n ORDER BY n."id"';
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM "ngo_search" s USING "old_rows" o WHERE s."id" = o."id";
  ELSE
    -- Only the rows whose searched columns changed are written again (a sync
    -- that touches provenance or contacts rewrites nothing here); an id that
    -- changed leaves its old row and arrives as a new one.
    DELETE FROM "ngo_search" s USING "old_rows" o
    WHERE s."id" = o."id" AND NOT EXISTS (
      SELECT 1 FROM "new_rows" n WHERE n."id" = o."id"
        AND (n."bin", n."name_ru", n."name_kk", n."name_en", n."registered_on", n."region_code", n."status", n."legal_form", n."sectors")
            IS NOT DISTINCT FROM
            (o."bin", o."name_ru", o."name_kk", o."name_en", o."registered_on", o."region_code", o."status", o."legal_form", o."sectors"));
    EXECUTE "ngo_search_rows"() || $q$ FROM "new_rows" n
      WHERE NOT EXISTS (SELECT 1 FROM "ngo_search" s WHERE s."id" = n."id")
      ORDER BY n."id"$q$;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ngos_search_insert" AFTER INSERT ON "ngos"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_apply"();
CREATE TRIGGER "ngos_search_update" AFTER UPDATE ON "ngos"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_apply"();
CREATE TRIGGER "ngos_search_delete" AFTER DELETE ON "ngos"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_apply"();

CREATE FUNCTION "ngo_search_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ngo_search";
  RETURN NULL;
END
$$;

CREATE TRIGGER "ngos_search_truncate" AFTER TRUNCATE ON "ngos"
  FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_clear"();

-- The rows already there.
DO $$ BEGIN EXECUTE "ngo_search_rows"() || ' FROM "ngos" n'; END $$;

-- Names containing a text (LIKE) or resembling it (word similarity), in each language.
CREATE INDEX "ngo_search_name_ru_trgm_idx" ON "ngo_search" USING GIN ("name_ru" gin_trgm_ops);
CREATE INDEX "ngo_search_name_kk_trgm_idx" ON "ngo_search" USING GIN ("name_kk" gin_trgm_ops);
CREATE INDEX "ngo_search_name_en_trgm_idx" ON "ngo_search" USING GIN ("name_en" gin_trgm_ops);
-- BINs by their first digits.
CREATE INDEX "ngo_search_bin_idx" ON "ngo_search"("bin");
-- NGOs in order of their shortest name: the best-scored first, so the first
-- page of a RELEVANCE search for a common text reads a few rows of this
-- index instead of sorting every match (src/services/search-walk.ts).
CREATE INDEX "ngo_search_shortest_name_id_idx" ON "ngo_search"("shortest_name", "id");
