/**
 * The total of a search: how many NGOs match. Counting the matches of a
 * word in most names reads every one of them (at 10x the demo data, 103,000
 * rows and ten times the 1x time), so a text found in many names, with no
 * filter, has its count kept in ngo_search_counts, exact through every
 * change by triggers (migration 20261206300000_ngo_search_counts): the
 * first search of such a text counts and keeps it, the next ones read it.
 * A filter, digits (BINs) or names resembling the text are counted as they
 * come: the kept counts are of names containing a text, over every NGO.
 */
import { sql, type Sql } from '../../../../lib/database/sql.js';
import type { Db } from '../db.js';
import type { NgoScope } from './ngo-scope.js';
import { runSearchStatement, type RequestSearches } from './search-limits.js';

/** Below this many matches a count costs a few milliseconds: keeping it would save little and cost every write. */
export const KEEP_COUNT_FROM = 2000;
/** Every change to ngo_search checks its rows against each kept text: a few dozen cost a write little. */
export const KEEP_COUNT_MOST = 32;
/** How long the first search of a common text waits for the writers in progress to keep its count (else: next time). */
const KEEP_LOCK_WAIT = '100ms';

export interface CountRequest {
  /** The scope and match conditions on ngo_search `s`. */
  where: Sql;
  /** The LIKE pattern of names containing the text, when that is all the statement matches on. */
  namePattern: Sql | null;
  scope: NgoScope;
}

const unfiltered = (scope: NgoScope) => Object.values(scope).every((value) => value === null);

export async function countMatches(db: Db, searches: RequestSearches, request: CountRequest): Promise<number> {
  const statement =
    request.namePattern && unfiltered(request.scope)
      ? sql`SELECT ngo_search_count(${request.namePattern}, ${KEEP_COUNT_FROM}::int, ${KEEP_COUNT_MOST}::int, ${KEEP_LOCK_WAIT}::text) AS count`
      : sql`SELECT count(*)::int AS count FROM ngo_search s WHERE ${request.where}`;
  const [row] = await runSearchStatement<{ count: number }>(db, searches, statement);
  return row?.count ?? 0;
}
