-- Dashboards: projects counted per month by the database, and indexes for
-- every filter and grouping of the statistics.

-- CreateTable
CREATE TABLE "council_project_counts" (
    "grain" SMALLINT NOT NULL,
    "month" DATE NOT NULL,
    "region_code" VARCHAR(5) NOT NULL,
    "level" VARCHAR(10) NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "outcome" VARCHAR(30) NOT NULL,
    "projects" INTEGER NOT NULL,

    CONSTRAINT "council_project_counts_pkey" PRIMARY KEY ("grain","month","region_code","level","field","outcome")
);

-- CreateIndex
CREATE INDEX "council_projects_outcome_considered_on_idx" ON "council_projects"("outcome", "considered_on");

-- Projects counted per month (its first day) at six grains, kept by the
-- database in the same transaction as every change to "council_projects" or
-- to a council's region or level, so the counts are exact at every commit.
-- A count reads the smallest grain that has the columns it filters and
-- groups by; a column a grain does not keep holds '':
--   0 month                1 month, field           2 month, outcome
--   3 month, region, level 4 ... and field          5 ... and outcome
-- A republican council serves no region: its projects count under region ''
-- at grains 3 to 5 (a key column cannot be NULL).
-- Statement-level triggers with transition tables update each count once
-- per statement; keys are upserted in sorted order, so concurrent changes
-- lock count rows in the same order and cannot deadlock.
-- The upsert of a set of changes (month, region_code, level, field, outcome,
-- delta) into every grain. It returns the statement rather than running it:
-- only the trigger function itself can see its transition tables.
CREATE FUNCTION "council_project_counts_upsert"(changes text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($sql$
    INSERT INTO "council_project_counts" AS c ("grain", "month", "region_code", "level", "field", "outcome", "projects")
    SELECT g."grain", ch."month",
           CASE WHEN g."by_council" THEN ch."region_code" ELSE '' END,
           CASE WHEN g."by_council" THEN ch."level" ELSE '' END,
           CASE WHEN g."by_field" THEN ch."field" ELSE '' END,
           CASE WHEN g."by_outcome" THEN ch."outcome" ELSE '' END,
           sum(ch."delta")
    FROM (%s) ch
    CROSS JOIN (VALUES (0, false, false, false), (1, false, true, false), (2, false, false, true),
                       (3, true, false, false), (4, true, true, false), (5, true, true, true))
      AS g("grain", "by_council", "by_field", "by_outcome")
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(ch."delta") <> 0
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("grain", "month", "region_code", "level", "field", "outcome")
    DO UPDATE SET "projects" = c."projects" + excluded."projects"
  $sql$, changes)
$$;

CREATE FUNCTION "council_project_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  -- The rows that left (-1) and arrived (+1); a trigger sees only the transition tables of its event.
  changes text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS "delta" FROM "new_rows" n'
    WHEN 'DELETE' THEN 'SELECT o.*, -1 AS "delta" FROM "old_rows" o'
    ELSE 'SELECT o.*, -1 AS "delta" FROM "old_rows" o UNION ALL SELECT n.*, 1 AS "delta" FROM "new_rows" n'
  END;
BEGIN
  -- Projects deleted because their council was deleted find no council here:
  -- the council's BEFORE DELETE trigger has taken them off already.
  EXECUTE "council_project_counts_upsert"(format($sql$
    SELECT date_trunc('month', p."considered_on")::date AS "month", coalesce(pc."region_code", '') AS "region_code",
           pc."level"::text AS "level", p."field"::text AS "field", p."outcome"::text AS "outcome", p."delta"
    FROM (%s) p JOIN "public_councils" pc ON pc."id" = p."council_id"
  $sql$, changes));
  RETURN NULL;
END
$$;

CREATE TRIGGER "council_projects_counts_insert" AFTER INSERT ON "council_projects"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "council_project_counts_apply"();
CREATE TRIGGER "council_projects_counts_update" AFTER UPDATE ON "council_projects"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "council_project_counts_apply"();
CREATE TRIGGER "council_projects_counts_delete" AFTER DELETE ON "council_projects"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "council_project_counts_apply"();

-- A council that moves to another region or level takes its projects' counts
-- with it; a deleted council takes them off before its projects cascade away.
CREATE FUNCTION "council_project_counts_follow_council"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."id" <> OLD."id" THEN
    RAISE EXCEPTION 'public council ids are permanent (council_project_counts are kept through them)';
  END IF;
  EXECUTE "council_project_counts_upsert"(format($sql$
    SELECT date_trunc('month', p."considered_on")::date AS "month", %1$L::text AS "region_code", %2$L::text AS "level",
           p."field"::text AS "field", p."outcome"::text AS "outcome", -1 AS "delta"
    FROM "council_projects" p WHERE p."council_id" = %5$L::uuid
    UNION ALL
    SELECT date_trunc('month', p."considered_on")::date, %3$L::text, %4$L::text, p."field"::text, p."outcome"::text, 1
    FROM "council_projects" p WHERE %6$L AND p."council_id" = %5$L::uuid
  $sql$, coalesce(OLD."region_code", ''), OLD."level", coalesce(NEW."region_code", ''), NEW."level", OLD."id", TG_OP = 'UPDATE'));
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE TRIGGER "public_councils_counts_update" AFTER UPDATE OF "id", "region_code", "level" ON "public_councils"
  FOR EACH ROW EXECUTE FUNCTION "council_project_counts_follow_council"();
CREATE TRIGGER "public_councils_counts_delete" BEFORE DELETE ON "public_councils"
  FOR EACH ROW EXECUTE FUNCTION "council_project_counts_follow_council"();

CREATE FUNCTION "council_project_counts_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "council_project_counts";
  RETURN NULL;
END
$$;

CREATE TRIGGER "council_projects_counts_truncate" AFTER TRUNCATE ON "council_projects"
  FOR EACH STATEMENT EXECUTE FUNCTION "council_project_counts_clear"();

-- Counts for the rows already there (databases created before this migration).
DO $$
BEGIN
  EXECUTE "council_project_counts_upsert"($sql$
    SELECT date_trunc('month', p."considered_on")::date AS "month", coalesce(pc."region_code", '') AS "region_code",
           pc."level"::text AS "level", p."field"::text AS "field", p."outcome"::text AS "outcome", 1 AS "delta"
    FROM "council_projects" p JOIN "public_councils" pc ON pc."id" = p."council_id"
  $sql$);
END
$$;
