/**
 * NGO search by name (Kazakh, Russian or English) and by BIN.
 *
 * A name matches when it contains the text (ILIKE); only when no name does
 * is a name that resembles it (pg_trgm's word similarity `<%`, for typos)
 * a match. Both are served by the trigram GIN indexes on the three name
 * columns; similarity is asked only in the second case because it is
 * costly for every row a common word finds. Digits also match BINs by
 * prefix, a range scan of the BIN's unique index. Results are ordered by an allowed
 * order only, with the id as the last tie-breaker, and paged by keyset on
 * the sort values, so pages stay stable while rows are added elsewhere.
 */
import { and, join, raw, sql, type Sql } from '../../../../lib/database/sql.js';
import type { Language } from '../../../../lib/domain/labels.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { decodeKeysetCursor, encodeKeysetCursor, type KeyValue } from '../../../../lib/graphql/keyset-cursor.js';
import { pageRequest, type Connection } from '../../../../lib/graphql/pagination.js';
import type { Db } from '../db.js';
import type { NgoSearchMatch, NgoSearchOrder } from '../generated/graphql.js';
import type { Ngo } from '../generated/prisma/client.js';
import type { Loaders } from '../loaders.js';
import type { NgoScope } from './ngo-scope.js';
import { rowConditions } from './ngo-sql.js';

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
const MAX_TEXT = 200;
/** Scores are compared as integers, so a cursor's score round-trips exactly. */
const SCORE_SCALE = 10_000;

/** The search text, trimmed and with runs of spaces made one; refused when too short or long to search by. */
export function searchText(text: string): string {
  const cleaned = text.trim().replace(/\s+/g, ' ');
  // Fewer than 3 letters or digits give the trigram indexes nothing to look up: every row would be read.
  const meaningful = cleaned.replace(/[^\p{L}\p{N}]/gu, '').length;
  if (meaningful < MIN_TEXT || cleaned.length > MAX_TEXT) {
    throw badUserInput(
      `text must be ${MIN_TEXT} to ${MAX_TEXT} characters with at least ${MIN_TEXT} letters or digits (words of a name, or the first digits of a BIN); got "${cleaned.slice(0, 40)}"`,
      'text',
    );
  }
  return cleaned;
}

const NAMES = ['n.name_ru', 'n.name_kk', 'n.name_en'].map((column) => raw(column));

/** Names containing the text: any row a trigram index finds and ILIKE confirms. Cheap even for common words. */
function containing(text: string): { condition: Sql; score: Sql } {
  // ILIKE's escape character is the backslash: the text's own %, _ and \ match literally.
  const pattern = sql`${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}::text`;
  return {
    condition: sql`(${join(NAMES.map((column) => sql`${column} ILIKE ${pattern}`), ' OR ')})`,
    // How much of the name the text is: a name that is just the text ranks first.
    score: sql`greatest(${join(NAMES.map((column) => sql`CASE WHEN ${column} ILIKE ${pattern} THEN ${text.length}::real / length(${column}) ELSE 0 END`))})`,
  };
}

/** Names resembling the text (pg_trgm word similarity): for typos, asked only when no name contains the text. */
function resembling(text: string): { condition: Sql; score: Sql } {
  const typed = sql`${text}::text`;
  return {
    condition: sql`(${join(NAMES.map((column) => sql`${typed} <% ${column}`), ' OR ')})`,
    score: sql`greatest(${join(NAMES.map((column) => sql`coalesce(word_similarity(${typed}, ${column}), 0)`))})`,
  };
}

type NameMatch = 'NAME' | 'SIMILAR_NAME';

/** How a row matches the text, and how well: by BIN (digits) or by name, as the name match says. */
function matching(text: string, byName: NameMatch): { condition: Sql; matchedBy: Sql; tier: Sql; score: Sql } {
  const name = byName === 'NAME' ? containing(text) : resembling(text);
  if (!/^\d{1,12}$/.test(text)) {
    return { condition: name.condition, matchedBy: sql`${byName}::text`, tier: sql`0`, score: name.score };
  }
  // A BIN prefix as a range of the unique index: 9504 → 950400000000 .. 950499999999.
  const exact = sql`n.bin = ${text}::bpchar`;
  const prefix = sql`n.bin BETWEEN ${text.padEnd(12, '0')}::bpchar AND ${text.padEnd(12, '9')}::bpchar`;
  return {
    condition: sql`(${prefix} OR ${name.condition})`,
    matchedBy: sql`CASE WHEN ${exact} THEN 'BIN' WHEN ${prefix} THEN 'BIN_PREFIX' ELSE ${byName}::text END`,
    tier: sql`CASE WHEN ${exact} THEN 2 WHEN ${prefix} THEN 1 ELSE 0 END`,
    score: sql`CASE WHEN ${prefix} THEN 1 ELSE ${name.score} END`,
  };
}

/**
 * Whether any NGO in the scope contains the text in a name (or its BIN
 * starts with it); if none does, the search looks for names resembling it.
 * Decided afresh for every page, so all pages of a search agree.
 */
async function nameMatch(db: Db, text: string, scope: NgoScope): Promise<NameMatch> {
  const { condition } = matching(text, 'NAME');
  const [row] = await db.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM ngos n WHERE ${and([rowConditions(scope), condition])}) AS found`;
  return row?.found ? 'NAME' : 'SIMILAR_NAME';
}

/** The name a NAME order sorts by: the one shown in that language (Russian when it has none). */
function nameKey(language: Language): Sql {
  return raw(language === 'ru' ? 'n.name_ru' : `coalesce(n.name_${language}, n.name_ru)`);
}

/** Sort values of each order, all ascending (descending ones negated), before the id. */
function sortKeys(orderBy: NgoSearchOrder, language: Language, tier: Sql, score: Sql): { keys: Sql[]; kinds: ('string' | 'number')[] } {
  const days = sql`(n.registered_on - DATE '2000-01-01')`;
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

interface HitRow {
  id: string;
  matched_by: NgoSearchMatch;
  score: number;
  keys: KeyValue[];
}

export async function searchNgos(db: Db, loaders: Loaders, args: SearchArgs): Promise<SearchConnection> {
  const text = searchText(args.text);
  // `after` is this list's own keyset cursor, decoded below; pageRequest checks `first` only.
  const page = pageRequest({ first: args.first });
  const { condition, matchedBy, tier, score } = matching(text, await nameMatch(db, text, args.scope));
  const where = and([rowConditions(args.scope), condition]);
  const { keys, kinds } = sortKeys(args.orderBy, args.language, tier, score);
  const columns = join(keys.map((key, i) => sql`${key} AS ${raw(`k${i}`)}`));
  const keyColumns = keys.map((_, i) => `s.k${i}`);
  const order = raw([...keyColumns, 's.id'].join(', '));
  let after: Sql = sql`TRUE`;
  if (args.after) {
    const [id, ...values] = decodeKeysetCursor(args.after, args.orderBy, ['string', ...kinds]);
    const bound = values.map((value, i) => (kinds[i] === 'number' ? sql`${value}::int` : sql`${value}::text`));
    after = sql`(${order}) > (${join([...bound, sql`${String(id)}::uuid`])})`;
  }
  const rows = await db.$queryRaw<(Omit<HitRow, 'keys'> & Record<string, KeyValue>)[]>`
    SELECT s.id::text AS id, s.matched_by, s.score, ${raw(keyColumns.join(', '))}
    FROM (
      SELECT n.id, ${matchedBy} AS matched_by, round(${score} * ${SCORE_SCALE})::int AS score, ${columns}
      FROM ngos n WHERE ${where}
    ) AS s
    WHERE ${after}
    ORDER BY ${order}
    LIMIT ${page.take}`;
  const hits = rows.slice(0, page.take - 1);
  const ngos = await loaders.ngoById.loadMany(hits.map((row) => row.id));
  const last = hits.at(-1);
  return {
    nodes: hits.map((row, i) => {
      const ngo = ngos[i];
      if (!ngo || ngo instanceof Error) throw new Error(`NGO ${row.id} found by search but not loaded`);
      return { ngo, matchedBy: row.matched_by, score: row.score / SCORE_SCALE };
    }),
    pageInfo: {
      hasNextPage: rows.length > hits.length,
      endCursor: last ? encodeKeysetCursor(args.orderBy, [last.id, ...keys.map((_, i) => last[`k${i}`]!)]) : null,
    },
    totalCount: async () => {
      const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM ngos n WHERE ${where}`;
      return row?.count ?? 0;
    },
  };
}
