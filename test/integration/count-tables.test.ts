/**
 * The count tables the database keeps by triggers (ngo_counts,
 * ngo_month_counts, ngo_sector_counts, council_project_counts) stay equal to counts of the
 * rows themselves through every kind of change, made here straight in SQL
 * as a loader or an operator would: inserts, updates of every counted
 * column, deletes, a council moving region or level, a council deleted with
 * its projects, and a truncate.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { demoDatabase, dropDatabase } from '../support/databases.js';

const databases: string[] = [];

afterAll(async () => {
  await Promise.all(databases.map(dropDatabase));
});

async function connect(name: 'ngos' | 'councils'): Promise<pg.Client> {
  const url = await demoDatabase(name);
  databases.push(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Rows of `kept` that differ from `truth`, both ways; zero counts kept are no counts. */
function differences(truth: string, kept: string): string {
  return `WITH truth AS (${truth}), kept AS (${kept})
    SELECT 'missing' AS side, * FROM (SELECT * FROM truth EXCEPT SELECT * FROM kept) a
    UNION ALL SELECT 'extra', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM truth) b`;
}

const NGO_COUNTS = differences(
  `SELECT region_code, status, legal_form, extract(year FROM registered_on)::smallint, count(*)::int FROM ngos GROUP BY 1, 2, 3, 4`,
  `SELECT region_code, status, legal_form, registered_year, ngos FROM ngo_counts WHERE ngos <> 0`,
);
const NGO_MONTH_COUNTS = differences(
  `SELECT date_trunc('month', registered_on)::date, region_code, status, legal_form, count(*)::int FROM ngos GROUP BY 1, 2, 3, 4`,
  `SELECT registered_month, region_code, status, legal_form, ngos FROM ngo_month_counts WHERE ngos <> 0`,
);
const NGO_SECTOR_COUNTS = differences(
  `SELECT s, region_code, status, legal_form, count(*)::int FROM ngos, LATERAL (SELECT DISTINCT unnest(sectors)) u(s) GROUP BY 1, 2, 3, 4`,
  `SELECT sector, region_code, status, legal_form, ngos FROM ngo_sector_counts WHERE ngos <> 0`,
);
const PROJECT_COUNTS = differences(
  `SELECT g.grain::smallint, date_trunc('month', p.considered_on)::date,
          CASE WHEN g.c THEN coalesce(pc.region_code, '') ELSE '' END, CASE WHEN g.c THEN pc.level::text ELSE '' END,
          CASE WHEN g.f THEN p.field ELSE '' END, CASE WHEN g.o THEN p.outcome::text ELSE '' END, count(*)::int
   FROM council_projects p JOIN public_councils pc ON pc.id = p.council_id
   CROSS JOIN (VALUES (0, false, false, false), (1, false, true, false), (2, false, false, true),
                      (3, true, false, false), (4, true, true, false), (5, true, true, true)) g(grain, c, f, o)
   GROUP BY 1, 2, 3, 4, 5, 6`,
  `SELECT grain, month, region_code, level, field, outcome, projects FROM council_project_counts WHERE projects <> 0`,
);

/** Runs a write and checks it touched exactly the rows meant: a write that matches nothing tests nothing. */
async function write(client: pg.Client, rows: number, sql: string): Promise<void> {
  expect({ sql, rows: (await client.query(sql)).rowCount }).toEqual({ sql, rows });
}

async function expectAgreement(client: pg.Client, queries: string[]): Promise<void> {
  for (const query of queries) expect((await client.query(query)).rows).toEqual([]);
}

describe('ngo_counts, ngo_month_counts and ngo_sector_counts', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = await connect('ngos');
  });

  afterAll(async () => {
    await client?.end();
  });

  test('agree with the rows after seeding, and after changes to every counted column', async () => {
    await expectAgreement(client, [NGO_COUNTS, NGO_MONTH_COUNTS, NGO_SECTOR_COUNTS]);
    await write(
      client,
      300,
      `UPDATE ngos SET region_code = 'KZ-62', sectors = '{HEALTH,HEALTH,SPORT}' WHERE id IN (SELECT id FROM ngos ORDER BY id LIMIT 300)`,
    );
    await write(
      client,
      300,
      `UPDATE ngos SET status = 'LIQUIDATED', legal_form = 'PRIVATE_INSTITUTION', registered_on = registered_on - 400
       WHERE id IN (SELECT id FROM ngos ORDER BY id DESC LIMIT 300)`,
    );
    await write(client, 50, `DELETE FROM ngos WHERE id IN (SELECT id FROM ngos ORDER BY bin LIMIT 50)`);
    await write(
      client,
      40,
      `INSERT INTO ngos (id, bin, name_ru, legal_form, registered_on, status, region_code, sectors, updated_at)
       SELECT gen_random_uuid(), lpad(i::text, 12, '0'), 'Фонд ' || i, 'PUBLIC_FOUNDATION', DATE '2001-01-01' + i, 'ACTIVE', 'KZ-79', '{YOUTH}', now()
       FROM generate_series(1, 40) AS i`,
    );
    await expectAgreement(client, [NGO_COUNTS, NGO_MONTH_COUNTS, NGO_SECTOR_COUNTS]);
  });

  test('a rolled-back change leaves them as they were', async () => {
    const before = (await client.query('SELECT sum(ngos)::int AS n FROM ngo_counts')).rows[0];
    // Every NGO of one region: as many rows as that region has, whatever ran before this test.
    const inRegion = (
      await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ngos WHERE region_code = 'KZ-79'`)
    ).rows[0]!.n;
    expect(inRegion).toBeGreaterThan(0);
    await client.query('BEGIN');
    await write(client, inRegion, `DELETE FROM ngos WHERE region_code = 'KZ-79'`);
    expect((await client.query('SELECT sum(ngos)::int AS n FROM ngo_counts')).rows[0]).not.toEqual(before);
    await client.query('ROLLBACK');
    expect((await client.query('SELECT sum(ngos)::int AS n FROM ngo_counts')).rows[0]).toEqual(before);
    await expectAgreement(client, [NGO_COUNTS, NGO_MONTH_COUNTS, NGO_SECTOR_COUNTS]);
  });
});

describe('council_project_counts', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = await connect('councils');
  });

  afterAll(async () => {
    await client?.end();
  });

  test('agrees with the rows at every grain after seeding and after every kind of change', async () => {
    await expectAgreement(client, [PROJECT_COUNTS]);
    await write(
      client,
      200,
      `UPDATE council_projects SET field = 'ECONOMY', outcome = 'REJECTED', considered_on = considered_on + 40
       WHERE id IN (SELECT id FROM council_projects ORDER BY id LIMIT 200)`,
    );
    await write(
      client,
      100,
      `UPDATE council_projects SET council_id = (SELECT id FROM public_councils WHERE level = 'REPUBLICAN' ORDER BY id LIMIT 1)
       WHERE id IN (SELECT id FROM council_projects ORDER BY id DESC LIMIT 100)`,
    );
    await write(
      client,
      100,
      `DELETE FROM council_projects WHERE id IN (SELECT id FROM council_projects ORDER BY title, id LIMIT 100)`,
    );
    await write(
      client,
      25,
      `INSERT INTO council_projects (id, council_id, title, field, considered_on, outcome)
       SELECT gen_random_uuid(), council_id, 'Проект', 'HEALTH', DATE '2024-02-02', 'SUPPORTED' FROM council_projects LIMIT 25`,
    );
    await expectAgreement(client, [PROJECT_COUNTS]);
  });

  test('follows a council that moves region or level, and one deleted with its projects', async () => {
    await write(
      client,
      1,
      `UPDATE public_councils SET region_code = 'KZ-75' WHERE id = (SELECT id FROM public_councils WHERE region_code = 'KZ-10' ORDER BY id LIMIT 1)`,
    );
    await write(
      client,
      1,
      `UPDATE public_councils SET level = 'REPUBLICAN', region_code = NULL, territory = NULL
       WHERE id = (SELECT id FROM public_councils WHERE region_code = 'KZ-11' ORDER BY id LIMIT 1)`,
    );
    await write(
      client,
      1,
      `DELETE FROM public_councils WHERE id = (SELECT council_id FROM council_projects GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)`,
    );
    await expectAgreement(client, [PROJECT_COUNTS]);
    await expect(
      client.query(
        `UPDATE public_councils SET id = gen_random_uuid() WHERE id = (SELECT id FROM public_councils LIMIT 1)`,
      ),
    ).rejects.toThrow(/ids are permanent/);
  });

  test('empties with a truncate of the projects', async () => {
    expect(
      (await client.query('SELECT count(*)::int AS n FROM council_project_counts WHERE projects <> 0')).rows[0].n,
    ).toBeGreaterThan(0);
    await client.query('TRUNCATE council_projects');
    expect((await client.query('SELECT count(*)::int AS n FROM council_project_counts')).rows).toEqual([{ n: 0 }]);
  });
});
