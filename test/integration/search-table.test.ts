/**
 * ngo_search, the narrow copy of each NGO that name search reads (migration
 * 20261206200000_ngo_search), stays equal to what it is computed from in
 * ngos through every kind of change: the demo seed, inserts, updates of
 * names (set, changed, removed) and of every filter column, an update that
 * touches nothing searched, deletes, a rolled-back change, the egov sync's
 * upserts, and a truncate. So do the counts kept in ngo_search_counts
 * (migration 20261206300000_ngo_search_counts) of texts the writes add to
 * names, change in them and take away.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { PROJECT_ROOT } from '../../lib/config.js';
import { createDb as councilsDb, type Db as CouncilsDb } from '../../subgraphs/councils/src/db.js';
import { createDb as ngosDb, type Db as NgosDb } from '../../subgraphs/ngos/src/db.js';
import { syncEgov } from '../../sync/egov/index.js';
import { readMappings } from '../../sync/egov/mapping.js';
import { demoDatabase, dropDatabase, emptyDatabase } from '../support/databases.js';
import { portalNgoRecord, startSourceServer, type SourceServer } from '../support/source-server.js';

/** Rows of ngo_search that differ from ngos, both ways (the names lower-cased, the shortest as written). */
const DIFFERENCES = `
  WITH truth AS (
    SELECT id, bin, lower(name_ru) AS ru, lower(name_kk) AS kk, lower(name_en) AS en,
           least(coalesce(length(name_ru), 100000), coalesce(length(name_kk), 100000), coalesce(length(name_en), 100000)) AS shortest,
           registered_on, region_code, status, legal_form, sectors
    FROM ngos),
  kept AS (
    SELECT id, bin, name_ru, name_kk, name_en, shortest_name, registered_on, region_code, status, legal_form, sectors
    FROM ngo_search)
  SELECT 'missing' AS side, id::text FROM (SELECT * FROM truth EXCEPT ALL SELECT * FROM kept) a
  UNION ALL SELECT 'extra', id::text FROM (SELECT * FROM kept EXCEPT ALL SELECT * FROM truth) b`;

/** Runs a write and checks it touched exactly the rows meant: a write that matches nothing tests nothing. */
async function write(client: pg.Client, rows: number, sql: string): Promise<void> {
  expect({ sql, rows: (await client.query(sql)).rowCount }).toEqual({ sql, rows });
}

/** Kept counts that differ from the NGOs whose names contain the text, counted by the definition (ILIKE on ngos). */
const COUNT_DIFFERENCES = `
  SELECT pattern, matches, truth FROM (
    SELECT c.pattern, c.matches,
           (SELECT count(*)::int FROM ngos n WHERE n.name_ru ILIKE c.pattern OR n.name_kk ILIKE c.pattern OR n.name_en ILIKE c.pattern) AS truth
    FROM ngo_search_counts c WHERE c.pattern <> '') x
  WHERE matches <> truth`;

/** Keeps the count of each text (whatever its number of matches), as a search of a common text would. */
async function keepCounts(client: pg.Client, texts: string[]): Promise<void> {
  await client.query(`SELECT ngo_search_count(lower('%' || t || '%'), 0, 32, '1s') FROM unnest($1::text[]) AS t`, [
    texts,
  ]);
  const kept = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ngo_search_counts WHERE pattern <> ''`,
  );
  expect(kept.rows[0]!.n).toBeGreaterThanOrEqual(texts.length);
}

async function expectAgreement(client: pg.Client): Promise<void> {
  expect((await client.query(DIFFERENCES)).rows).toEqual([]);
  expect((await client.query(COUNT_DIFFERENCES)).rows).toEqual([]);
  const [row] = (
    await client.query<{ ngos: number; kept: number }>(
      'SELECT (SELECT count(*)::int FROM ngos) AS ngos, (SELECT count(*)::int FROM ngo_search) AS kept',
    )
  ).rows;
  expect(row!.kept).toBe(row!.ngos);
}

describe('ngo_search', () => {
  let url: string;
  let client: pg.Client;

  beforeAll(async () => {
    url = await demoDatabase('ngos');
    client = new pg.Client({ connectionString: url });
    await client.connect();
    // Texts the writes below add to names, change in them or take away; 'временное' only while rolled back.
    await keepCounts(client, ['общественн', 'фонд', 'fund', 'қоғамдық', 'ақ жол', 'ak zhol', 'центр', 'временное']);
  });

  afterAll(async () => {
    await client?.end();
    if (url) await dropDatabase(url);
  });

  test('agrees with ngos after seeding, and after inserts, name and filter changes and deletes', async () => {
    expect((await client.query('SELECT count(*)::int AS n FROM ngo_search')).rows[0].n).toBeGreaterThan(1000);
    await expectAgreement(client);
    await write(
      client,
      200,
      `UPDATE ngos SET name_ru = 'ОБЩЕСТВЕННЫЙ Фонд ' || left(id::text, 4), name_kk = NULL, name_en = 'Fund ' || left(id::text, 2)
       WHERE id IN (SELECT id FROM ngos ORDER BY id LIMIT 200)`,
    );
    await write(
      client,
      100,
      `UPDATE ngos SET name_kk = 'ҚОҒАМДЫҚ ҚОРЫ ' || bin, name_en = NULL WHERE id IN (SELECT id FROM ngos ORDER BY id DESC LIMIT 100)`,
    );
    await write(
      client,
      150,
      `UPDATE ngos SET region_code = 'KZ-62', status = 'LIQUIDATED', legal_form = 'PRIVATE_INSTITUTION',
              registered_on = registered_on - 400, sectors = '{HEALTH,SPORT}'
       WHERE id IN (SELECT id FROM ngos ORDER BY bin LIMIT 150)`,
    );
    await write(
      client,
      5,
      `UPDATE ngos SET bin = '00000' || right(bin, 7) WHERE id IN (SELECT id FROM ngos ORDER BY bin DESC LIMIT 5)`,
    );
    // Contacts only: nothing search reads, so ngo_search keeps its rows as they were.
    const before = (await client.query(`SELECT ctid::text FROM ngo_search ORDER BY id LIMIT 50`)).rows;
    await write(
      client,
      50,
      `UPDATE ngos SET phone = '+7 700 000 00 00' WHERE id IN (SELECT id FROM ngos ORDER BY id LIMIT 50)`,
    );
    expect((await client.query(`SELECT ctid::text FROM ngo_search ORDER BY id LIMIT 50`)).rows).toEqual(before);
    await write(client, 40, `DELETE FROM ngos WHERE id IN (SELECT id FROM ngos ORDER BY name_ru LIMIT 40)`);
    await write(
      client,
      30,
      `INSERT INTO ngos (id, bin, name_ru, name_en, legal_form, registered_on, status, region_code, sectors, updated_at)
       SELECT gen_random_uuid(), lpad(i::text, 12, '0'), 'Фонд «Ақ Жол» ' || i, CASE WHEN i % 2 = 0 THEN 'Ak Zhol' END,
              'PUBLIC_FOUNDATION', DATE '2001-01-01' + i, 'ACTIVE', 'KZ-79', '{YOUTH}', now()
       FROM generate_series(1, 30) AS i`,
    );
    await expectAgreement(client);
    expect(
      (await client.query(`SELECT count(*)::int AS n FROM ngo_search WHERE name_ru LIKE 'фонд «ақ жол» %'`)).rows[0].n,
    ).toBe(30);
  });

  test('plans its trigger for each change: a large change after a small one is not compared row by row', async () => {
    // A statement planned once per connection kept the plan of a one-row change (a nested loop over the
    // changed rows) for every later change: quadratic, a minute for 10,000 rows at 10x the demo data.
    const plans: string[] = [];
    const explained = new pg.Client({ connectionString: url });
    await explained.connect();
    explained.on('notice', (notice) => plans.push(notice.message ?? ''));
    try {
      for (const setting of [
        `LOAD 'auto_explain'`,
        'SET auto_explain.log_min_duration = 0',
        'SET auto_explain.log_nested_statements = on',
        'SET auto_explain.log_level = notice',
        'BEGIN',
      ])
        await explained.query(setting);
      await write(
        explained,
        1,
        `UPDATE ngos SET name_ru = name_ru || ' 1' WHERE id IN (SELECT id FROM ngos ORDER BY id LIMIT 1)`,
      );
      plans.length = 0;
      await write(
        explained,
        2000,
        `UPDATE ngos SET name_ru = name_ru || ' 2' WHERE id IN (SELECT id FROM ngos ORDER BY id LIMIT 2000)`,
      );
    } finally {
      await explained.query('ROLLBACK');
      await explained.end();
    }
    const deletes = plans.filter((plan) => /Delete on ngo_search s/.test(plan));
    expect(deletes).toHaveLength(1);
    expect(deletes[0]).not.toMatch(/Nested Loop Anti Join/);
  });

  test('a rolled-back change leaves it as it was; a truncate empties it', async () => {
    await client.query('BEGIN');
    await write(
      client,
      10,
      `UPDATE ngos SET name_ru = 'Временное имя' WHERE id IN (SELECT id FROM ngos ORDER BY id LIMIT 10)`,
    );
    expect(
      (await client.query(`SELECT count(*)::int AS n FROM ngo_search WHERE name_ru = 'временное имя'`)).rows[0].n,
    ).toBe(10);
    await client.query('ROLLBACK');
    expect(
      (await client.query(`SELECT count(*)::int AS n FROM ngo_search WHERE name_ru = 'временное имя'`)).rows[0].n,
    ).toBe(0);
    await expectAgreement(client);
    await client.query('TRUNCATE ngos CASCADE');
    expect((await client.query('SELECT count(*)::int AS n FROM ngo_search')).rows).toEqual([{ n: 0 }]);
    expect((await client.query(`SELECT DISTINCT matches FROM ngo_search_counts`)).rows).toEqual([{ matches: 0 }]);
    await expectAgreement(client);
  });
});

describe('ngo_search through the egov sync', () => {
  const urls = { ngos: '', councils: '' };
  let dbs: { ngos: NgosDb; councils: CouncilsDb };
  let server: SourceServer;
  let client: pg.Client;

  const record = portalNgoRecord;

  beforeAll(async () => {
    [urls.ngos, urls.councils] = await Promise.all([emptyDatabase('ngos'), emptyDatabase('councils')]);
    dbs = { ngos: ngosDb(urls.ngos), councils: councilsDb(urls.councils) };
    server = await startSourceServer({
      apiKey: 'test-key',
      datasets: {
        reestr_nko: [
          record('950440001673', 'Молодёжный центр'),
          record('210140012347', 'Экологическое общество', '20.01.2021'),
        ],
      },
      packages: [],
      rates: {},
      failing: new Set(),
      hanging: new Set(),
    });
    client = new pg.Client({ connectionString: urls.ngos });
    await client.connect();
    await keepCounts(client, ['центр', 'болашак', 'общество']);
  });

  afterAll(async () => {
    await client?.end();
    await Promise.all(Object.values(dbs ?? {}).map((db) => db.$disconnect()));
    await Promise.all(Object.values(urls).filter(Boolean).map(dropDatabase));
    await server?.stop();
  });

  test('follows the rows a sync creates, renames and marks removed', async () => {
    const datasets = readMappings(path.join(PROJECT_ROOT, 'sync', 'egov-datasets.yaml')).filter(
      (d) => d.target === 'ngos',
    );
    const run = async () =>
      (await syncEgov(dbs, { url: server.url, apiKey: 'test-key', timeoutMs: 5000 }, datasets)).map(
        (r) => r.report.source,
      );
    expect(await run()).toEqual(['egov:reestr_nko']);
    await expectAgreement(client);
    expect((await client.query('SELECT name_ru FROM ngo_search ORDER BY bin')).rows).toEqual([
      { name_ru: 'экологическое общество' },
      { name_ru: 'молодёжный центр' },
    ]);
    server.state.datasets.reestr_nko = [record('950440001673', 'Молодёжный центр «БОЛАШАК»')];
    await run();
    await expectAgreement(client);
    expect((await client.query(`SELECT name_ru FROM ngo_search WHERE bin = '950440001673'`)).rows).toEqual([
      { name_ru: 'молодёжный центр «болашак»' },
    ]);
    expect((await client.query(`SELECT pattern, matches FROM ngo_search_counts ORDER BY pattern`)).rows).toEqual([
      { pattern: '', matches: 0 },
      { pattern: '%болашак%', matches: 1 },
      { pattern: '%общество%', matches: 1 },
      { pattern: '%центр%', matches: 1 },
    ]);
  });
});
