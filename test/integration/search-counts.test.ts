/**
 * The totals of searches for texts found in many names, kept in
 * ngo_search_counts (migration 20261206300000_ngo_search_counts, read by
 * search-count.ts): the first search of such a text keeps its count, the
 * next read it, and every total is the definition's (ILIKE on ngos),
 * whether kept, counted with a filter, or counted for a rare text. Also what
 * keeps a count exact when writers are in flight, the bound on how many
 * texts are kept, and that the count the function makes uses the trigram
 * indexes. (The counts through every kind of write: search-table.test.ts.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { createDb, type Db } from '../../subgraphs/ngos/src/db.js';
import { createLoaders } from '../../subgraphs/ngos/src/loaders.js';
import { EVERY_NGO, type NgoScope } from '../../subgraphs/ngos/src/services/ngo-scope.js';
import { KEEP_COUNT_FROM } from '../../subgraphs/ngos/src/services/search-count.js';
import { searchNgos } from '../../subgraphs/ngos/src/services/search.js';
import type { NgoSearchOrder } from '../../subgraphs/ngos/src/generated/graphql.js';
import { demoDatabase, dropDatabase } from '../support/databases.js';

let url: string;
let db: Db;
let client: pg.Client;
const sent: string[] = [];

beforeAll(async () => {
  url = await demoDatabase('ngos');
  db = createDb(url, { onQuery: (sql) => sent.push(sql) });
  client = await connect();
});

afterAll(async () => {
  await client?.end();
  await db?.$disconnect();
  if (url) await dropDatabase(url);
});

async function connect(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
}

const pattern = (text: string) => `%${text.toLowerCase()}%`;

/** The total by the definition: NGOs with a name containing the text, in the regions if given. */
async function definition(text: string, regions: string[] | null = null): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ngos
     WHERE (name_ru ILIKE $1 OR name_kk ILIKE $1 OR name_en ILIKE $1) AND ($2::text[] IS NULL OR region_code = ANY($2))`,
    [pattern(text), regions],
  );
  return rows[0]!.n;
}

const kept = async () =>
  Object.fromEntries(
    (
      await client.query<{ pattern: string; matches: number }>(
        `SELECT pattern, matches FROM ngo_search_counts WHERE pattern <> '' ORDER BY pattern`,
      )
    ).rows.map((row) => [row.pattern, row.matches]),
  );

async function total(text: string, options: { regions?: string[]; orderBy?: NgoSearchOrder; after?: string } = {}) {
  const scope: NgoScope = { ...EVERY_NGO, regionCodes: options.regions ?? null };
  const found = await searchNgos(db, createLoaders(db), {
    text,
    scope,
    orderBy: options.orderBy ?? 'RELEVANCE',
    language: 'ru',
    first: 5,
    after: options.after,
  });
  return { total: await found.totalCount(), endCursor: found.pageInfo.endCursor };
}

const countedInFull = () => sent.filter((sql) => /SELECT count\(\*\)::int AS count FROM ngo_search s/.test(sql)).length;
const throughKept = () => sent.filter((sql) => /ngo_search_count\(/.test(sql)).length;

describe('the total of a search', () => {
  beforeEach(async () => {
    await client.query(`DELETE FROM ngo_search_counts WHERE pattern <> ''`);
    sent.length = 0;
  });

  test('of a text in many names is counted and kept by the first search, and read from there by the next', async () => {
    const want = await definition('Общественное');
    expect(want).toBeGreaterThan(KEEP_COUNT_FROM);
    expect(await kept()).toEqual({});
    expect((await total('Общественное')).total).toBe(want);
    expect(await kept()).toEqual({ [pattern('Общественное')]: want });
    // Every order and a later page read the kept count.
    const named = await total('ОБЩЕСТВЕННОЕ', { orderBy: 'NAME' });
    expect(named.total).toBe(want);
    expect((await total('общественное', { orderBy: 'NAME', after: named.endCursor! })).total).toBe(want);
    expect({ countedInFull: countedInFull(), throughKept: throughKept() }).toEqual({
      countedInFull: 0,
      throughKept: 3,
    });
  });

  test('of a rare text, with a filter, or of digits is counted each time, and is the definition', async () => {
    const rare = await definition('Жасыл');
    expect(rare).toBeGreaterThan(1);
    expect(rare).toBeLessThan(KEEP_COUNT_FROM);
    expect((await total('Жасыл')).total).toBe(rare);
    expect((await total('Общественное', { regions: ['KZ-75', 'KZ-79'] })).total).toBe(
      await definition('Общественное', ['KZ-75', 'KZ-79']),
    );
    const [bin] = (await client.query<{ bin: string }>(`SELECT bin FROM ngos ORDER BY bin LIMIT 1`)).rows;
    const digits = bin!.bin.slice(0, 4);
    const byBin = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ngos WHERE bin LIKE $1 OR name_ru ILIKE $2 OR name_kk ILIKE $2 OR name_en ILIKE $2`,
      [`${digits}%`, pattern(digits)],
    );
    expect((await total(digits)).total).toBe(byBin.rows[0]!.n);
    // The rare text is not kept; the filtered and digit searches are not of a name text over every NGO.
    expect(await kept()).toEqual({});
    expect(countedInFull()).toBe(2);
  });

  test('is counted without being kept while a writer holds ngo_search, and counts only what is committed', async () => {
    const writer = await connect();
    try {
      await writer.query('BEGIN');
      await writer.query(
        `INSERT INTO ngos (id, bin, name_ru, legal_form, registered_on, status, region_code, sectors, updated_at)
         VALUES (gen_random_uuid(), '000000000042', 'Общественное объединение «Незавершённое»', 'PUBLIC_FOUNDATION',
                 DATE '2020-01-01', 'ACTIVE', 'KZ-79', '{YOUTH}', now())`,
      );
      const before = await definition('Общественное');
      const started = Date.now();
      expect((await total('Общественное')).total).toBe(before);
      // It waited for the lock (100 ms), then counted, and kept nothing it could not keep exact.
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
      expect(await kept()).toEqual({});
      await writer.query('COMMIT');
      expect(await definition('Общественное')).toBe(before + 1);
      expect((await total('Общественное')).total).toBe(before + 1);
      expect(await kept()).toEqual({ [pattern('Общественное')]: before + 1 });
    } finally {
      await writer.query('ROLLBACK').catch(() => undefined);
      await writer.end();
    }
  });

  test('fails a REPEATABLE READ writer whose snapshot is older than a kept text, rather than miss its change', async () => {
    const writer = await connect();
    try {
      await writer.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await writer.query('SELECT count(*) FROM ngos');
      await total('центр');
      expect(Object.keys(await kept())).toEqual([pattern('центр')]);
      await expect(
        writer.query(
          `UPDATE ngos SET name_ru = name_ru || ' центр' WHERE id = (SELECT id FROM ngos ORDER BY id LIMIT 1)`,
        ),
      ).rejects.toMatchObject({ code: '40001' });
      await writer.query('ROLLBACK');
      // A REPEATABLE READ writer that began after the text was kept counts its change.
      await writer.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
      await writer.query(
        `UPDATE ngos SET name_ru = name_ru || ' центр' WHERE id = (SELECT id FROM ngos ORDER BY id LIMIT 1)`,
      );
      await writer.query('COMMIT');
      expect(await kept()).toEqual({ [pattern('центр')]: await definition('центр') });
    } finally {
      await writer.query('ROLLBACK').catch(() => undefined);
      await writer.end();
    }
  });
});

describe('ngo_search_count', () => {
  beforeEach(async () => {
    await client.query(`DELETE FROM ngo_search_counts WHERE pattern <> ''`);
  });

  const count = async (text: string, most: number) =>
    (await client.query<{ n: number }>(`SELECT ngo_search_count($1, 1, $2, '1s') AS n`, [pattern(text), most])).rows[0]!
      .n;

  test('keeps at most as many texts as it is told, those with the most matches', async () => {
    const [few, more, most] = [await definition('жасыл'), await definition('фонд'), await definition('общественное')];
    expect(few).toBeLessThan(more);
    expect(more).toBeLessThan(most);
    expect(await count('фонд', 2)).toBe(more);
    expect(await count('жасыл', 2)).toBe(few);
    expect(await kept()).toEqual({ [pattern('фонд')]: more, [pattern('жасыл')]: few });
    // Full: the text with the fewest matches makes way for one with more, not for one with fewer.
    expect(await count('общественное', 2)).toBe(most);
    expect(await kept()).toEqual({ [pattern('фонд')]: more, [pattern('общественное')]: most });
    expect(await count('жасыл', 2)).toBe(few);
    expect(await kept()).toEqual({ [pattern('фонд')]: more, [pattern('общественное')]: most });
  });

  test('takes no lock for a text it would not keep; a text it would keeps writers out until its transaction ends', async () => {
    expect(await count('общественное', 1)).toBe(await definition('общественное'));
    const writer = await connect();
    /** Whether a writer can change ngo_search while `text` is being counted, in the counting transaction. */
    const writable = async (text: string, most: number) => {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT ngo_search_count($1, 2000, $2, '1s')`, [pattern(text), most]);
        await writer.query(`SET lock_timeout = '200ms'`);
        await writer.query(
          `UPDATE ngos SET phone = '+7 700 000 00 01' WHERE id = (SELECT id FROM ngos ORDER BY id LIMIT 1)`,
        );
        return true;
      } catch (error) {
        expect(error).toMatchObject({ code: '55P03' });
        return false;
      } finally {
        await client.query('ROLLBACK');
      }
    };
    try {
      // Too few matches to keep; enough, but fewer than the text kept in the only place there is.
      expect(await writable('жасыл', 1)).toBe(true);
      expect(await writable('центр', 1)).toBe(true);
      // With room for it, the text is kept: counted again under the SHARE lock.
      expect(await writable('центр', 2)).toBe(false);
    } finally {
      await writer.end();
    }
  });

  test('answers the count it made when keeping runs out of time, and keeps nothing', async () => {
    const writer = await connect();
    try {
      // A writer in progress holds ngo_search, and the lock is awaited without limit (lock_wait 0).
      await writer.query('BEGIN');
      await writer.query(
        `UPDATE ngos SET phone = '+7 700 000 00 02' WHERE id = (SELECT id FROM ngos ORDER BY id LIMIT 1)`,
      );
      await client.query(`SET statement_timeout = '300ms'`);
      const { rows } = await client.query<{ n: number }>(`SELECT ngo_search_count($1, 1, 32, '0') AS n`, [
        pattern('центр'),
      ]);
      expect(rows[0]!.n).toBe(await definition('центр'));
    } finally {
      await client.query('RESET statement_timeout');
      await writer.query('ROLLBACK');
      await writer.end();
    }
    expect(await kept()).toEqual({});
  });

  test('counts through the trigram indexes, never a scan of the table', async () => {
    const plans: string[] = [];
    const explained = await connect();
    explained.on('notice', (notice) => plans.push(notice.message ?? ''));
    try {
      // auto_explain sends the plan of each statement the function runs to this client as a notice.
      await explained.query(`LOAD 'auto_explain'`);
      await explained.query(`SET auto_explain.log_min_duration = 0`);
      await explained.query(`SET auto_explain.log_nested_statements = on`);
      await explained.query(`SET auto_explain.log_level = notice`);
      // As search runs it (search-limits.ts): on the demo's 19,000 rows a scan is cheaper, so scans are priced out.
      await explained.query(`SET enable_seqscan = off`);
      await explained.query(`SELECT ngo_search_count($1, 1, 32, '1s')`, [pattern('общественное')]);
    } finally {
      await explained.end();
    }
    const counting = plans.find((plan) => /count\(\*\)::int FROM "ngo_search"/.test(plan));
    expect(counting).toMatch(/ngo_search_name_ru_trgm_idx/);
    expect(counting).toMatch(/ngo_search_name_kk_trgm_idx/);
    expect(counting).toMatch(/ngo_search_name_en_trgm_idx/);
    expect(plans.filter((plan) => /Seq Scan on ngo_search\b/.test(plan))).toEqual([]);
  });
});
