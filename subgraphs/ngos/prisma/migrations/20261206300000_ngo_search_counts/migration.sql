-- The exact number of NGOs whose names contain a common text, kept instead
-- of counted. A search's total counts every name that contains the text: for
-- a word in most names (at 10x the demo data, 103,000 of 192,000 NGOs for
-- "Общественное") that is a trigram bitmap of every match and a LIKE
-- re-check of each, ten times the 1x time. A text whose count, unfiltered,
-- reaches a threshold is kept here with its count (by the search that
-- counted it, ngo_search_count below), and the count is kept exact by
-- statement-level triggers on ngo_search, in the same transaction as every
-- change, like the other count tables. At most a few dozen texts are kept
-- (the ones with the most matches: they cost the most to count), since
-- every change to ngo_search checks its rows against each of them.

-- CreateTable
CREATE TABLE "ngo_search_counts" (
    -- The LIKE pattern of the names, as search sends it lower-cased: '%text%', with \ % _ escaped.
    "pattern" TEXT NOT NULL,
    "matches" INTEGER NOT NULL,

    CONSTRAINT "ngo_search_counts_pkey" PRIMARY KEY ("pattern")
);

-- The row '' is no text: a text is kept by updating it, and a writer in a
-- REPEATABLE READ or SERIALIZABLE transaction updates it too, so one whose
-- snapshot is older than a text (and so would not see it to count its own
-- change) fails with a serialization error instead of leaving the count wrong.
INSERT INTO "ngo_search_counts" ("pattern", "matches") VALUES ('', 0);

CREATE FUNCTION "ngo_search_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- The rows that left (-1) and arrived (+1); a trigger sees only the transition tables of its event.
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n."name_ru", n."name_kk", n."name_en", 1 AS "delta" FROM "new_rows" n'
    WHEN 'DELETE' THEN 'SELECT o."name_ru", o."name_kk", o."name_en", -1 AS "delta" FROM "old_rows" o'
    ELSE 'SELECT o."name_ru", o."name_kk", o."name_en", -1 AS "delta" FROM "old_rows" o
          UNION ALL SELECT n."name_ru", n."name_kk", n."name_en", 1 AS "delta" FROM "new_rows" n'
  END;
  kept record;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    UPDATE "ngo_search_counts" SET "matches" = 0 WHERE "pattern" = '';
  END IF;
  -- One text at a time in the order of the key, so that two writers lock the rows in the same order.
  FOR kept IN EXECUTE format($sql$
    SELECT c."pattern", sum(ch."delta")::int AS "delta"
    FROM "ngo_search_counts" c
    JOIN (%s) ch ON ch."name_ru" LIKE c."pattern" OR ch."name_kk" LIKE c."pattern" OR ch."name_en" LIKE c."pattern"
    WHERE c."pattern" <> ''
    GROUP BY c."pattern"
    HAVING sum(ch."delta") <> 0
    ORDER BY c."pattern"
  $sql$, changes) LOOP
    UPDATE "ngo_search_counts" SET "matches" = "matches" + kept."delta" WHERE "pattern" = kept."pattern";
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ngo_search_counts_insert" AFTER INSERT ON "ngo_search"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_counts_apply"();
CREATE TRIGGER "ngo_search_counts_update" AFTER UPDATE ON "ngo_search"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_counts_apply"();
CREATE TRIGGER "ngo_search_counts_delete" AFTER DELETE ON "ngo_search"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_counts_apply"();

CREATE FUNCTION "ngo_search_counts_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ngo_search_counts" SET "matches" = 0 WHERE "pattern" <> '';
  RETURN NULL;
END
$$;

CREATE TRIGGER "ngo_search_counts_truncate" AFTER TRUNCATE ON "ngo_search"
  FOR EACH STATEMENT EXECUTE FUNCTION "ngo_search_counts_clear"();

-- ngo_search's own trigger, with its statements planned on each call: a
-- statement written in PL/pgSQL is planned once per connection, for the
-- size of the transition tables of its first call, so a change of one row
-- left a plan (a nested loop over new_rows) that made a later change of
-- 10,000 rows on the same connection take a minute at 10x the demo data.
CREATE OR REPLACE FUNCTION "ngo_search_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE "ngo_search_rows"() || ' FROM "new_rows" n ORDER BY n."id"';
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE 'DELETE FROM "ngo_search" s USING "old_rows" o WHERE s."id" = o."id"';
  ELSE
    -- Only the rows whose searched columns changed are written again (a sync
    -- that touches provenance or contacts rewrites nothing here); an id that
    -- changed leaves its old row and arrives as a new one.
    EXECUTE $q$
      DELETE FROM "ngo_search" s USING "old_rows" o
      WHERE s."id" = o."id" AND NOT EXISTS (
        SELECT 1 FROM "new_rows" n WHERE n."id" = o."id"
          AND (n."bin", n."name_ru", n."name_kk", n."name_en", n."registered_on", n."region_code", n."status", n."legal_form", n."sectors")
              IS NOT DISTINCT FROM
              (o."bin", o."name_ru", o."name_kk", o."name_en", o."registered_on", o."region_code", o."status", o."legal_form", o."sectors"))
    $q$;
    EXECUTE "ngo_search_rows"() || $q$ FROM "new_rows" n
      WHERE NOT EXISTS (SELECT 1 FROM "ngo_search" s WHERE s."id" = n."id")
      ORDER BY n."id"$q$;
  END IF;
  RETURN NULL;
END
$$;

-- A truncate of "ngos" truncates ngo_search (it deleted its rows one by one,
-- which would now check each against every kept text).
CREATE OR REPLACE FUNCTION "ngo_search_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "ngo_search";
  RETURN NULL;
END
$$;

-- The number of NGOs with a name LIKE the (lower-cased) pattern: the kept
-- count if the text is kept, else counted; and kept when there are at least
-- keep_from and the text is among the keep_most with the most matches. To
-- keep a count exact, it is counted again while no one can change
-- ngo_search: a SHARE lock waits for the writers in progress and holds new
-- ones until this transaction ends (once per common text; a rare text is
-- counted without it). A writer that holds ngo_search longer than
-- lock_wait, or a statement timeout reached while keeping, leaves the text
-- to be kept another time.
CREATE FUNCTION "ngo_search_count"("p" text, "keep_from" integer, "keep_most" integer, "lock_wait" text)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  "n" integer;
  "exact" integer;
  -- Planned with the pattern's value, so that the trigram indexes serve it as they serve the search.
  "counting" constant text :=
    'SELECT count(*)::int FROM "ngo_search" s WHERE s."name_ru" LIKE $1 OR s."name_kk" LIKE $1 OR s."name_en" LIKE $1';
BEGIN
  SELECT c."matches" INTO "n" FROM "ngo_search_counts" c WHERE c."pattern" = "p" AND "p" <> '';
  IF FOUND THEN
    RETURN "n";
  END IF;
  EXECUTE "counting" INTO "n" USING "p";
  IF "n" < "keep_from" OR current_setting('transaction_read_only') = 'on' THEN
    RETURN "n";
  END IF;
  -- Full of texts with as many matches or more: this one would not be kept, so it neither locks nor counts again.
  IF (SELECT count(*) FROM "ngo_search_counts" k WHERE k."pattern" <> '') >= "keep_most"
     AND "n" <= (SELECT min(k."matches") FROM "ngo_search_counts" k WHERE k."pattern" <> '') THEN
    RETURN "n";
  END IF;
  -- Keeping is extra work: if it cannot have the lock soon, or runs out of the statement's time, the
  -- count made above is the answer (and what this block did is undone, the lock with it).
  BEGIN
    PERFORM set_config('lock_timeout', "lock_wait", true);
    LOCK TABLE "ngo_search" IN SHARE MODE;
    PERFORM set_config('lock_timeout', '0', true);
    EXECUTE "counting" INTO "exact" USING "p";
    UPDATE "ngo_search_counts" SET "matches" = 0 WHERE "pattern" = '';
    -- Full: the text with the fewest matches makes way, if it has fewer.
    DELETE FROM "ngo_search_counts" c
    WHERE c."pattern" = (SELECT k."pattern" FROM "ngo_search_counts" k WHERE k."pattern" <> ''
                         ORDER BY k."matches", k."pattern" LIMIT 1)
      AND c."matches" < "exact"
      AND (SELECT count(*) FROM "ngo_search_counts" k WHERE k."pattern" <> '') >= "keep_most";
    INSERT INTO "ngo_search_counts" ("pattern", "matches")
    SELECT "p", "exact" WHERE (SELECT count(*) FROM "ngo_search_counts" k WHERE k."pattern" <> '') < "keep_most"
    ON CONFLICT ("pattern") DO NOTHING;
    RETURN "exact";
  EXCEPTION WHEN lock_not_available OR query_canceled THEN
    RETURN "n";
  END;
END
$$;

-- The walk by shortest name (src/services/search-walk.ts) reads the names
-- from its index, not from the table: the index only, while the visibility
-- map is current (autovacuum keeps it so; a page changed since is read from
-- the table as before). Prisma's schema cannot state INCLUDE columns: the
-- drift check compares key columns only.
DROP INDEX "ngo_search_shortest_name_id_idx";
CREATE INDEX "ngo_search_shortest_name_id_idx" ON "ngo_search"("shortest_name", "id") INCLUDE ("name_ru", "name_kk", "name_en");

-- Search reads ngo_search since 20261206200000_ngo_search; nothing reads
-- the names of "ngos" by trigram any more, and each index cost every write.
DROP INDEX "ngos_name_ru_trgm_idx";
DROP INDEX "ngos_name_kk_trgm_idx";
DROP INDEX "ngos_name_en_trgm_idx";
