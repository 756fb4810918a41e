/**
 * The first page of a RELEVANCE search for a common text is read in order of
 * the shortest name (search-walk.ts) instead of sorting every match. Checked
 * against the definition, computed here straight from ngos (names as
 * written, ILIKE, lengths measured in the query): same NGOs in the same
 * order with the same scores, and the same total, whether the walk served
 * the page or gave it back to the sort (ties of score between lengths, a
 * filter that leaves few matches).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import pg from 'pg';
import { createDb, type Db } from '../../subgraphs/ngos/src/db.js';
import { createLoaders } from '../../subgraphs/ngos/src/loaders.js';
import { EVERY_NGO, type NgoScope } from '../../subgraphs/ngos/src/services/ngo-scope.js';
import { searchNgos } from '../../subgraphs/ngos/src/services/search.js';
import { demoDatabase, dropDatabase } from '../support/databases.js';

let url: string;
let db: Db;
let client: pg.Client;
const sent: string[] = [];

beforeAll(async () => {
  url = await demoDatabase('ngos');
  db = createDb(url, { onQuery: (sql) => sent.push(sql) });
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await db?.$disconnect();
  if (url) await dropDatabase(url);
});

const SHORTEST = `least(coalesce(length(name_ru), 100000), coalesce(length(name_kk), 100000), coalesce(length(name_en), 100000))`;

/** The page and total by the definition: names containing the text, best share of the shortest name first, then id. */
async function expected(text: string, regions: string[] | null, first: number) {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = `(name_ru ILIKE $1 OR name_kk ILIKE $1 OR name_en ILIKE $1) AND ($2::text[] IS NULL OR region_code = ANY($2))`;
  const score = `round(least(1, $3::real / ${SHORTEST}) * 10000)::int`;
  const page = await client.query<{ id: string; score: number }>(
    `SELECT id::text AS id, ${score} AS score FROM ngos WHERE ${where} ORDER BY -${score}, id LIMIT $4`,
    [pattern, regions, text.length, first + 1],
  );
  const total = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ngos WHERE ${where}`, [
    pattern,
    regions,
  ]);
  return {
    nodes: page.rows.slice(0, first).map((row) => [row.id, row.score]),
    hasNextPage: page.rows.length > first,
    totalCount: total.rows[0]!.n,
  };
}

async function searched(text: string, regions: string[] | null, first: number) {
  const scope: NgoScope = { ...EVERY_NGO, regionCodes: regions };
  const found = await searchNgos(db, createLoaders(db), { text, scope, orderBy: 'RELEVANCE', language: 'ru', first });
  return {
    nodes: found.nodes.map((hit) => [hit.ngo.id, Math.round(hit.score * 10000)]),
    hasNextPage: found.pageInfo.hasNextPage,
    totalCount: await found.totalCount(),
  };
}

const walked = () => sent.filter((sql) => /ORDER BY shortest_name, id LIMIT/.test(sql)).length;
const sorted = () => sent.filter((sql) => /FROM ngo_search s WHERE/.test(sql) && /ORDER BY h\.k0/.test(sql)).length;

describe('the first page of a RELEVANCE search', () => {
  test('for a word in most names is read in order of the shortest name, and is the page the definition gives', async () => {
    for (const first of [1, 10, 50]) {
      sent.length = 0;
      const want = await expected('Общественное', null, first);
      expect(want.totalCount).toBeGreaterThan(5000);
      expect(await searched('Общественное', null, first)).toEqual(want);
      expect({ first, walked: walked(), sorted: sorted() }).toEqual({ first, walked: 1, sorted: 0 });
    }
  });

  test.each([
    ['a common word', 'центр', null],
    ['a common word in Kazakh', 'қоғамдық', null],
    ['a common word in English', 'association', null],
    // As long as many names: every name no longer than the text scores 1, ties the walk gives back to the sort.
    ['a text as long as the names', 'Общественное объединение', null],
    ['a filter that leaves few matches', 'Общественное', ['KZ-75']],
    ['a rare word', 'Жасыл дала', null],
  ])('for %s is the page the definition gives', async (_case, text, regions) => {
    for (const first of [1, 20]) {
      expect(await searched(text, regions, first)).toEqual(await expected(text, regions, first));
    }
  });

  test('is given back to the sort when two name lengths score alike, and is still the page the definition gives', async () => {
    // 2,100 NGOs whose English names (1 or 2 letters) are shorter than the text: all score 1, so the sort
    // orders them by id, mixing both lengths, while a walk by length would list the 1-letter names first.
    await client.query(
      `INSERT INTO ngos (id, bin, name_ru, name_en, legal_form, registered_on, status, region_code, sectors, updated_at)
       SELECT gen_random_uuid(), lpad(i::text, 12, '0'), 'Зеркальный клуб ' || i, CASE WHEN i % 2 = 0 THEN 'Z' ELSE 'ZZ' END,
              'PUBLIC_FOUNDATION', DATE '2001-01-01' + i, 'ACTIVE', 'KZ-79', '{YOUTH}', now()
       FROM generate_series(1, 2100) AS i`,
    );
    sent.length = 0;
    const want = await expected('Зеркальный', null, 20);
    expect(want.totalCount).toBe(2100);
    expect(new Set(want.nodes.map(([, score]) => score))).toEqual(new Set([10000]));
    expect(await searched('Зеркальный', null, 20)).toEqual(want);
    expect({ walked: walked(), sorted: sorted() }).toEqual({ walked: 1, sorted: 1 });
    // A rare text is not walked at all.
    sent.length = 0;
    expect(await searched('Жасыл дала', null, 20)).toEqual(await expected('Жасыл дала', null, 20));
    expect({ walked: walked(), sorted: sorted() }).toEqual({ walked: 0, sorted: 1 });
  });
});
