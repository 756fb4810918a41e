/**
 * What one search may cost the database. A long text of common words once
 * made PostgreSQL scan every name and compute trigram similarity row by row
 * (seconds a call), and a few anonymous callers held the pool for minutes.
 * So each search statement runs in a transaction of its own with:
 * - the trigram indexes required (`enable_seqscan` off): the planner's
 *   estimate for a text of many trigrams favoured a scan, which is the slow
 *   path, while the index answers even that text in milliseconds;
 * - pg_trgm's word-similarity threshold fixed, whatever the server's default;
 * - a statement timeout, within a time budget shared by every search of one
 *   request (aliases included), so no request holds connections for long;
 * - one statement at a time per request: a request of many aliased searches
 *   takes its turn like any other, rather than one connection per alias.
 * Running out of time is the caller's to fix (a narrower text or a filter).
 */
import type { Sql } from '../../../../lib/database/sql.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import type { Db } from '../db.js';

/** Longest any one search statement may run. */
export const SEARCH_STATEMENT_TIMEOUT_MS = 1000;
/** Time all the searches of one request may take together. */
export const SEARCH_REQUEST_BUDGET_MS = 2000;
/** pg_trgm's default, pinned: a lower server setting would make the typo path match (and score) far more rows. */
const WORD_SIMILARITY_THRESHOLD = '0.6';

export interface RequestSearches {
  deadline: number;
  /** The request's search statement in flight: the next waits for it. */
  turn: Promise<unknown>;
}

const requests = new WeakMap<object, RequestSearches>();

/** The searches of one request, keyed by an object that lives as long as the request (its loaders). */
export function requestSearches(request: object, now = Date.now()): RequestSearches {
  let searches = requests.get(request);
  if (!searches)
    requests.set(request, (searches = { deadline: now + SEARCH_REQUEST_BUDGET_MS, turn: Promise.resolve() }));
  return searches;
}

function outOfTime(): Error {
  return badUserInput(
    `the search ran out of its time (${SEARCH_REQUEST_BUDGET_MS / 1000} s for the searches of one request): search by fewer, more distinctive words, add a filter, or send fewer searches at once`,
    'text',
  );
}

/** PostgreSQL's query_canceled (57014), as the pg driver adapter reports it through Prisma. */
function isStatementTimeout(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  return text.includes('57014') || text.includes('statement timeout');
}

/** Runs one search statement within the request's budget, after the request's previous one. */
export function runSearchStatement<T>(db: Db, searches: RequestSearches, query: Sql): Promise<T[]> {
  const run = searches.turn.then(
    () => runInBudget<T>(db, searches.deadline, query),
    () => runInBudget<T>(db, searches.deadline, query),
  );
  searches.turn = run.catch(() => undefined);
  return run;
}

async function runInBudget<T>(db: Db, deadline: number, query: Sql): Promise<T[]> {
  const remaining = deadline - Date.now();
  if (remaining < 10) throw outOfTime();
  const timeout = String(Math.min(SEARCH_STATEMENT_TIMEOUT_MS, Math.floor(remaining)));
  try {
    const [, rows] = await db.$transaction([
      db.$queryRaw`SELECT set_config('statement_timeout', ${timeout}, true), set_config('enable_seqscan', 'off', true),
        set_config('pg_trgm.word_similarity_threshold', ${WORD_SIMILARITY_THRESHOLD}, true)`,
      db.$queryRaw<T[]>(query),
    ]);
    return rows;
  } catch (error) {
    if (isStatementTimeout(error)) throw outOfTime();
    throw error;
  }
}
