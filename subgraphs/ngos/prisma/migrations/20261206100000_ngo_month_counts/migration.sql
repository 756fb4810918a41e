-- NGO registrations counted per month, for trends by MONTH and QUARTER: at
-- 10x the demo data, counting the rows of three years took several times
-- its 1x time; the month counts are a few thousand rows whatever the data.
-- Kept by the same statement-level trigger as ngo_counts, in the same
-- transaction as every change to "ngos", so they are exact at every commit.
-- The month (its first day) leads the key: a trend reads one range of it.

-- CreateTable
CREATE TABLE "ngo_month_counts" (
    "registered_month" DATE NOT NULL,
    "region_code" VARCHAR(5) NOT NULL,
    "status" "NgoStatus" NOT NULL,
    "legal_form" "LegalForm" NOT NULL,
    "ngos" INTEGER NOT NULL,

    CONSTRAINT "ngo_month_counts_pkey" PRIMARY KEY ("registered_month","region_code","status","legal_form")
);

CREATE OR REPLACE FUNCTION "ngo_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    INSERT INTO "ngo_month_counts" AS c ("registered_month", "region_code", "status", "legal_form", "ngos")
    SELECT date_trunc('month', "registered_on")::date, "region_code", "status", "legal_form", sum("delta")
    FROM (%s) ch
    GROUP BY 1, 2, 3, 4
    HAVING sum("delta") <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("registered_month", "region_code", "status", "legal_form")
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

CREATE OR REPLACE FUNCTION "ngo_counts_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ngo_counts";
  DELETE FROM "ngo_month_counts";
  DELETE FROM "ngo_sector_counts";
  RETURN NULL;
END
$$;

-- Counts for the rows already there.
INSERT INTO "ngo_month_counts" ("registered_month", "region_code", "status", "legal_form", "ngos")
SELECT date_trunc('month', "registered_on")::date, "region_code", "status", "legal_form", count(*)
FROM "ngos" GROUP BY 1, 2, 3, 4;
