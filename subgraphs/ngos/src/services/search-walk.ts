/**
 * The first page of a RELEVANCE search for a text found in many names,
 * without sorting every match. The score is the text's length over the
 * NGO's shortest name, so the best hits are the NGOs with the shortest
 * names: reading ngo_search in order of that length (its btree index on
 * shortest_name, id) meets them first, and the page is complete as soon as
 * it holds its rows. Sorting all matches instead costs as much as counting
 * them again (at 10x the demo data, 103,000 rows for `Общественное`).
 *
 * The walk gives the same page as the sort only where the score tells the
 * lengths apart: lengths whose rounded scores are equal (every name no
 * longer than the text scores 1; very long names can round alike) are
 * ordered by id in the sort but by length in the walk. So a walk whose rows
 * (or the lengths just past its last row) have such a tie is not used, nor
 * is one that reads as many rows as there are matches without filling the
 * page (the matches sit among long names): the caller sorts the matches as
 * before. Either way the page is the same.
 */
import { raw, sql, type Sql } from '../../../../lib/database/sql.js';
import type { KeyValue } from './keyset-cursor.js';
import type { Db } from '../db.js';
import { runSearchStatement, type RequestSearches } from './search-limits.js';

export interface WalkRequest {
  /** The hit columns of a page (id, matched_by, score, k0, k1), from rows of ngo_search aliased `s`. */
  columns: Sql;
  /** The scope and name conditions on `s`. */
  where: Sql;
  /** The rounded score of a name length (an integer expression), exactly as the page computes it. */
  scoreOf: (shortest: Sql) => Sql;
  /** The text's length times the score scale: scores are rounded `scale * text length / shortest`. */
  scaledLength: number;
  /** Rows of the page (one more than shown, to tell whether there is a next). */
  take: number;
  /** The most rows of ngo_search to read before giving up: no more than sorting the matches would read. */
  limit: number;
}

export type WalkRow = { id: string; k1: KeyValue; shortest: number; settled: boolean };

/**
 * Whether no longer name scores as the row's own: `round(scaled / x)` equals
 * the row's score g only for x up to `scaled / (g - 1)`, so that few lengths
 * past it are all that can tie (computed by the page's own expression).
 */
function settledAfter(request: WalkRequest): Sql {
  const own = request.scoreOf(raw('s.shortest_name'));
  return sql`CASE WHEN ${own} <= 1 THEN false ELSE NOT EXISTS (
      SELECT 1 FROM generate_series(s.shortest_name + 1, floor(${request.scaledLength}::float8 / (${own} - 1))::int + 1) AS x(n)
      WHERE ${request.scoreOf(raw('x.n'))} = ${own}) END`;
}

/** The page's rows in order of the shortest name, or null when the walk cannot give the sorted page. */
export async function walkFirstPage<T extends WalkRow>(
  db: Db,
  searches: RequestSearches,
  request: WalkRequest,
): Promise<T[] | null> {
  const rows = await runSearchStatement<T>(
    db,
    searches,
    sql`
    SELECT h.*, h.id::text AS id
    FROM (
      SELECT ${request.columns}, s.shortest_name AS shortest, ${settledAfter(request)} AS settled
      FROM (SELECT * FROM ngo_search ORDER BY shortest_name, id LIMIT ${request.limit}) AS s
      WHERE ${request.where}
      ORDER BY s.shortest_name, s.id LIMIT ${request.take}
    ) AS h
    ORDER BY h.shortest, h.id`,
  );
  if (rows.length < request.take || !rows.at(-1)!.settled) return null;
  // Two lengths with one score: the sort orders those rows by id, the walk by length.
  const tied = rows.some((row, i) => i > 0 && row.shortest !== rows[i - 1]!.shortest && row.k1 === rows[i - 1]!.k1);
  return tied ? null : rows;
}
