/**
 * NGO search by name (Kazakh, Russian or English) and by BIN.
 *
 * A name matches when it contains the text (case-insensitively); only when
 * no name does is a name that resembles it (pg_trgm's word similarity `<%`,
 * for typos) a match. Both read ngo_search, a narrow copy of each NGO's
 * names (lower-cased), shortest name length, BIN and filter columns that
 * triggers keep in step with ngos, through its trigram GIN indexes: a word
 * in most names makes every candidate be checked again, and a narrow row
 * checked with LIKE against names lower-cased once costs a fraction of a
 * wide one checked with ILIKE (see the migration 20261206200000_ngo_search).
 * Similarity is asked only in the second case because it is
 * costly for every row a common word finds. The total of a text in many
 * names is kept rather than counted again (search-count.ts). Digits also match BINs by
 * prefix, a range scan of the BIN's unique index. Results are ordered by an allowed
 * order only, with the id as the last tie-breaker, and paged by keyset on
 * the sort values, so pages stay stable while rows are added elsewhere.
 */
import { and, join, raw, sql, type Sql } from '../../../../lib/database/sql.js';
import type { Language } from '../../../../lib/domain/labels.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { decodeKeysetCursor, encodeKeysetCursor, type KeyValue } from './keyset-cursor.js';
import { pageRequest, type Connection } from '../../../../lib/graphql/pagination.js';
import type { Db } from '../db.js';
import type { NgoSearchMatch, NgoSearchOrder } from '../generated/graphql.js';
import type { Ngo } from '../generated/prisma/client.js';
import type { Loaders } from '../loaders.js';
import type { NgoScope } from './ngo-scope.js';
import { rowConditions } from './ngo-sql.js';
import { countMatches, type CountRequest } from './search-count.js';
import { requestSearches, runSearchStatement, type RequestSearches } from './search-limits.js';
import { walkFirstPage, type WalkRow } from './search-walk.js';

export interface SearchHit {
  ngo: Ngo;
  matchedBy: NgoSearchMatch;
  score: number;
}

export type SearchConnection = Connection<SearchHit>;

export interface SearchArgs {
  text: string;
  scope: NgoScope;
  orderBy: NgoSearchOrder;
  language: Language;
  first?: number | null;
  after?: string | null;
}

const MIN_TEXT = 3;
/** Longer than any registered name (the longest is about 80 characters); a longer text only costs the index more. */
const MAX_TEXT = 100;
/** More words than any registered name has. */
const MAX_WORDS = 10;
/** Scores are compared as integers, so a cursor's score round-trips exactly. */
const SCORE_SCALE = 10_000;

/** The search text, trimmed and with runs of spaces made one; refused when too short or long to search by. */
export function searchText(text: string): string {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  // Fewer than 3 letters or digits give the trigram indexes nothing to look up: every row would be read.
  const meaningful = cleaned.replace(/[^\p{L}\p{N}]/gu, '').length;
  const words = cleaned.split(' ').length;
  if (meaningful < MIN_TEXT || cleaned.length > MAX_TEXT || words > MAX_WORDS) {
    throw badUserInput(
      `text must be ${MIN_TEXT} to ${MAX_TEXT} characters and at most ${MAX_WORDS} words, with at least ${MIN_TEXT} letters or digits (words of a name, or the first digits of a BIN); got ${cleaned.length} characters and ${words} words: "${cleaned.slice(0, 40)}"`,
      'text',
    );
  }
  return cleaned;
}

const NAMES = ['s.name_ru', 's.name_kk', 's.name_en'].map((column) => raw(column));

/** Names containing the text: any row a trigram index finds and LIKE confirms. */
function containing(text: string): { condition: Sql; score: Sql; pattern: Sql } {
  // LIKE's escape character is the backslash: the text's own %, _ and \ match literally.
  // The names are stored lower-cased, so the pattern is too: x ILIKE p is lower(x) LIKE lower(p).
  const pattern = sql`lower(${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}::text)`;
  return {
    pattern,
    condition: sql`(${join(
      NAMES.map((column) => sql`${column} LIKE ${pattern}`),
      ' OR ',
    )})`,
    // How much of the NGO's shortest name the text is: a name that is just the text ranks first.
    // (Not of the name that contains it: that would test every name again, which a common word makes costly.)
    score: shareOf(text, raw('s.shortest_name')),
  };
}

/** How much of a name of `shortest` characters the text is (at most all of it). */
function shareOf(text: string, shortest: Sql): Sql {
  return sql`least(1, ${text.length}::real / ${shortest})`;
}

/** Names resembling the text (pg_trgm word similarity): for typos, asked only when no name contains the text. */
function resembling(text: string): { condition: Sql; score: Sql; pattern: null } {
  const typed = sql`${text}::text`;
  return {
    pattern: null,
    condition: sql`(${join(
      NAMES.map((column) => sql`${typed} <% ${column}`),
      ' OR ',
    )})`,
    score: sql`greatest(${join(NAMES.map((column) => sql`coalesce(word_similarity(${typed}, ${column}), 0)`))})`,
  };
}

type NameMatch = 'NAME' | 'SIMILAR_NAME';

interface Matching {
  condition: Sql;
  matchedBy: Sql;
  tier: Sql;
  score: Sql;
  /** The LIKE pattern of the names, when rows match by containing the text and by nothing else. */
  namePattern: Sql | null;
}

/** How a row matches the text, and how well: by BIN (digits) or by name, as the name match says. */
function matching(text: string, byName: NameMatch): Matching {
  const name = byName === 'NAME' ? containing(text) : resembling(text);
  if (!/^\d{1,12}$/.test(text)) {
    const { condition, score, pattern } = name;
    return { condition, matchedBy: sql`${byName}::text`, tier: sql`0`, score, namePattern: pattern };
  }
  // A BIN prefix as a range of the unique index: 9504 → 950400000000 .. 950499999999.
  const exact = sql`s.bin = ${text}::bpchar`;
  const prefix = sql`s.bin BETWEEN ${text.padEnd(12, '0')}::bpchar AND ${text.padEnd(12, '9')}::bpchar`;
  return {
    condition: sql`(${prefix} OR ${name.condition})`,
    matchedBy: sql`CASE WHEN ${exact} THEN 'BIN' WHEN ${prefix} THEN 'BIN_PREFIX' ELSE ${byName}::text END`,
    tier: sql`CASE WHEN ${exact} THEN 2 WHEN ${prefix} THEN 1 ELSE 0 END`,
    score: sql`CASE WHEN ${prefix} THEN 1 ELSE ${name.score} END`,
    namePattern: null,
  };
}

/** The name a NAME order sorts by: the one shown in that language (Russian when it has none), as written in ngos. */
function nameKey(language: Language): Sql {
  return raw(language === 'ru' ? 'n.name_ru' : `coalesce(n.name_${language}, n.name_ru)`);
}

/** Sort values of each order, all ascending (descending ones negated), before the id. */
function sortKeys(
  orderBy: NgoSearchOrder,
  language: Language,
  tier: Sql,
  score: Sql,
): { keys: Sql[]; kinds: ('string' | 'number')[] } {
  const days = sql`(s.registered_on - DATE '2000-01-01')`;
  switch (orderBy) {
    case 'RELEVANCE':
      return { keys: [sql`-(${tier})`, sql`-round(${score} * ${SCORE_SCALE})::int`], kinds: ['number', 'number'] };
    case 'NAME':
      return { keys: [nameKey(language)], kinds: ['string'] };
    case 'NEWEST':
      return { keys: [sql`-${days}`], kinds: ['number'] };
    case 'OLDEST':
      return { keys: [days], kinds: ['number'] };
  }
}

type HitRow = { id: string; matched_by: NgoSearchMatch; score: number } & Record<`k${number}`, KeyValue>;

const NAME_MATCHES: readonly NameMatch[] = ['NAME', 'SIMILAR_NAME'];
const isNameMatch = (value: unknown): value is NameMatch => NAME_MATCHES.some((match) => match === value);

interface Position {
  /** How names matched on the pages before: a search keeps to it. */
  nameMatch: NameMatch;
  /** The last row's sort values and id, or null for the first page. */
  after: { values: KeyValue[]; id: string } | null;
}

/** What a page selects from ngo_search `s` (id, how it matched, score, sort keys) and which rows. */
function hitColumns(text: string, args: SearchArgs, nameMatch: NameMatch) {
  const { condition, matchedBy, tier, score, namePattern } = matching(text, nameMatch);
  const where = and([rowConditions(args.scope, 's'), condition]);
  const counting: CountRequest = { where, namePattern, scope: args.scope };
  const { keys, kinds } = sortKeys(args.orderBy, args.language, tier, score);
  const sortColumns = join(keys.map((key, i) => sql`${key} AS ${raw(`k${i}`)}`));
  const columns = sql`s.id, ${matchedBy} AS matched_by, round(${score} * ${SCORE_SCALE})::int AS score, ${sortColumns}`;
  return { columns, where, keys, kinds, counting };
}

/**
 * One page of hits: the matching rows with their sort keys, sorted, cut after
 * the cursor. The keys are computed (negated days, scores), never an indexed
 * column, so the planner cannot walk an index in order hoping to meet the
 * matches early: a rare text is always found through the trigram indexes.
 */
async function hitPage(
  db: Db,
  searches: RequestSearches,
  text: string,
  args: SearchArgs,
  position: Position,
  take: number,
) {
  const { columns, where, keys, kinds, counting } = hitColumns(text, args, position.nameMatch);
  // Only a NAME order needs the names as written (ngo_search holds them lower-cased).
  const from = args.orderBy === 'NAME' ? sql`ngo_search s JOIN ngos n ON n.id = s.id` : sql`ngo_search s`;
  const order = raw([...keys.map((_, i) => `h.k${i}`), 'h.id'].join(', '));
  const bound = position.after?.values.map((value, i) =>
    kinds[i] === 'number' ? sql`${value}::int` : sql`${value}::text`,
  );
  const after = position.after ? sql`(${order}) > (${join([...bound!, sql`${position.after.id}::uuid`])})` : sql`TRUE`;
  const rows = await runSearchStatement<HitRow>(
    db,
    searches,
    sql`
    SELECT h.*, h.id::text AS id
    FROM (
      SELECT ${columns}
      FROM ${from} WHERE ${where}
    ) AS h
    WHERE ${after} ORDER BY ${order} LIMIT ${take}`,
  );
  return { rows, keyCount: keys.length, counting };
}

/** Where a page starts: from the cursor, or at the top of whichever way of matching names finds anything. */
function positionOf(args: SearchArgs, kinds: readonly ('string' | 'number')[]): Position | null {
  if (!args.after) return null;
  const [nameMatch, id, ...values] = decodeKeysetCursor(args.after, args.orderBy, ['string', 'string', ...kinds]);
  if (!isNameMatch(nameMatch)) {
    throw badUserInput(
      `"${args.after}" is not a cursor of this list: pass the pageInfo.endCursor of a previous page`,
      'after',
    );
  }
  return { nameMatch, after: { id: String(id), values } };
}

/** Below this many matches, sorting them costs a few milliseconds: the walk could not save much. */
const WALK_MIN_MATCHES = 2000;

/**
 * The first page of a RELEVANCE search by name: the matches are counted
 * first (the total, and cheaper than sorting them), and when there are many,
 * the page is read in order of the shortest name (search-walk.ts). Null when
 * the search is another kind (an order, a cursor, digits that match BINs);
 * `found` is null when the page is to be sorted as usual.
 */
async function firstByRelevance(db: Db, searches: RequestSearches, text: string, args: SearchArgs, take: number) {
  if (args.orderBy !== 'RELEVANCE' || /^\d{1,12}$/.test(text)) return null;
  const { columns, where, keys, counting } = hitColumns(text, args, 'NAME');
  const count = await countMatches(db, searches, counting);
  // No name contains the text: the caller goes on to names resembling it.
  if (!count) return { count, found: { rows: [], keyCount: keys.length, counting } };
  if (count < WALK_MIN_MATCHES) return { count, found: null };
  const rows = await walkFirstPage<HitRow & WalkRow>(db, searches, {
    columns,
    where,
    scoreOf: (shortest) => sql`round(${shareOf(text, shortest)} * ${SCORE_SCALE})::int`,
    scaledLength: SCORE_SCALE * text.length,
    take,
    limit: count,
  });
  return { count, found: rows && { rows, keyCount: keys.length, counting } };
}

export async function searchNgos(db: Db, loaders: Loaders, args: SearchArgs): Promise<SearchConnection> {
  const text = searchText(args.text);
  const searches = requestSearches(loaders);
  // `after` is this list's own keyset cursor, decoded below; pageRequest checks `first` only.
  const page = pageRequest({ first: args.first });
  const { kinds } = sortKeys(args.orderBy, args.language, sql`0`, sql`0`);
  const from = positionOf(args, kinds);
  // A first page looks for names containing the text; only if there are none, for names resembling it.
  let nameMatch: NameMatch = from?.nameMatch ?? 'NAME';
  const first = from ? null : await firstByRelevance(db, searches, text, args, page.take);
  let found = first?.found ?? (await hitPage(db, searches, text, args, from ?? { nameMatch, after: null }, page.take));
  if (!from && !found.rows.length) {
    nameMatch = 'SIMILAR_NAME';
    found = await hitPage(db, searches, text, args, { nameMatch, after: null }, page.take);
  }
  const counted = nameMatch === 'NAME' ? first?.count : undefined;
  const { rows, keyCount, counting } = found;
  const hits = rows.slice(0, page.take - 1);
  const ngos = await loaders.ngoById.loadMany(hits.map((row) => row.id));
  const last = hits.at(-1);
  const lastKeys = (row: HitRow): KeyValue[] => Array.from({ length: keyCount }, (_, i) => row[`k${i}`]!);
  return {
    nodes: hits.map((row, i) => {
      const ngo = ngos[i];
      if (!ngo || ngo instanceof Error) throw new Error(`NGO ${row.id} found by search but not loaded`);
      return { ngo, matchedBy: row.matched_by, score: row.score / SCORE_SCALE };
    }),
    pageInfo: {
      hasNextPage: rows.length > hits.length,
      endCursor: last ? encodeKeysetCursor(args.orderBy, [nameMatch, last.id, ...lastKeys(last)]) : null,
    },
    totalCount: async () => {
      if (counted !== undefined) return counted;
      // A first page that holds every match has counted them already.
      if (!from && rows.length < page.take) return rows.length;
      return countMatches(db, searches, counting);
    },
  };
}
