/**
 * Counting NGOs by the database, never by loading rows into the process.
 *
 * Where it can, a count reads the small count tables the database keeps
 * exact by triggers (a few thousand rows even at 10x the demo data) instead
 * of the ngos table: ngo_counts (region, status, legal form, year of
 * registration) and ngo_sector_counts (sector, region, status, legal form).
 * A registration range that is not whole years is answered by the count
 * table for its whole years and by the ngos rows for the days at its ends.
 * Conditions the count tables cannot express (a sector condition; a
 * registration range for the sector breakdown) fall back to the rows, which
 * the indexes of the ngos table serve. Either way the answer is exact.
 */
import { EARLIEST_DATE, LATEST_DATE } from '../../../../lib/graphql/filters.js';
import { splitByPeriod, type DayRange } from '../../../../lib/domain/periods.js';
import { and, dateBetween, dateInRanges, join, raw, sql, type Sql } from '../../../../lib/database/sql.js';
import type { Db } from '../db.js';
import type { NgoScope } from './ngo-scope.js';
import { commonConditions, sectorCondition } from './ngo-sql.js';

export type NgoDimension = 'total' | 'region' | 'sector' | 'status' | 'legalForm' | 'year';

export interface CountRow {
  /** The region, when counted per region; null otherwise. */
  region: string | null;
  /** The dimension's value (text); null for the total. */
  key: string | null;
  count: number;
}

type Source = 'rows' | 'ngo_counts' | 'ngo_sector_counts';

/** The dimension's value in a source, as text. */
function keyOf(dimension: NgoDimension, source: Source, alias: string): string {
  switch (dimension) {
    case 'total':
      return 'NULL::text';
    case 'region':
      return `${alias}.region_code::text`;
    case 'status':
      return `${alias}.status::text`;
    case 'legalForm':
      return `${alias}.legal_form::text`;
    case 'year':
      return source === 'rows'
        ? `extract(year FROM ${alias}.registered_on)::int::text`
        : `${alias}.registered_year::text`;
    case 'sector':
      return source === 'rows' ? 'sector.code' : `${alias}.sector`;
  }
}

function part(source: Source, dimension: NgoDimension, byRegion: boolean, conditions: Sql[]): Sql {
  const alias = source === 'rows' ? 'n' : 'c';
  const region = byRegion ? `${alias}.region_code::text` : 'NULL::text';
  const select = raw(`SELECT ${region} AS region, ${keyOf(dimension, source, alias)} AS key`);
  const where = and(conditions);
  if (source === 'rows') {
    // An NGO counts once per distinct sector it works in, as in ngo_sector_counts.
    const sectors = raw(
      dimension === 'sector' ? ' CROSS JOIN LATERAL (SELECT DISTINCT unnest(n.sectors)) AS sector(code)' : '',
    );
    return sql`${select}, count(*) AS count FROM ngos n${sectors} WHERE ${where} GROUP BY 1, 2`;
  }
  return sql`${select}, sum(c.ngos) AS count FROM ${raw(source)} c WHERE ${where} GROUP BY 1, 2`;
}

/** The rows' conditions: the scope's, with the registration dates replaced by the given ranges (null: the scope's own). */
function rowPart(scope: NgoScope, dimension: NgoDimension, byRegion: boolean, ranges: DayRange[] | null): Sql {
  const dates =
    ranges === null
      ? dateBetween('n.registered_on', scope.registeredFrom, scope.registeredTo)
      : [dateInRanges('n.registered_on', ranges)];
  return part('rows', dimension, byRegion, [...commonConditions(scope, 'n'), ...sectorCondition(scope, 'n'), ...dates]);
}

/** Which sources answer the count, and for which registration dates. */
export function countParts(scope: NgoScope, dimension: NgoDimension, byRegion: boolean): Sql[] {
  const dated = scope.registeredFrom !== null || scope.registeredTo !== null;
  if (scope.sectors || (dimension === 'sector' && dated)) return [rowPart(scope, dimension, byRegion, null)];
  const common = commonConditions(scope, 'c');
  if (dimension === 'sector') return [part('ngo_sector_counts', dimension, byRegion, common)];
  if (!dated) return [part('ngo_counts', dimension, byRegion, common)];
  const { whole, edges } = splitByPeriod(
    { from: scope.registeredFrom ?? EARLIEST_DATE, to: scope.registeredTo ?? LATEST_DATE },
    'year',
  );
  const parts: Sql[] = [];
  if (whole) {
    const years = sql`c.registered_year BETWEEN ${Number(whole.from.slice(0, 4))} AND ${Number(whole.to.slice(0, 4))}`;
    parts.push(part('ngo_counts', dimension, byRegion, [...common, years]));
  }
  if (edges.length) parts.push(rowPart(scope, dimension, byRegion, edges));
  return parts;
}

/** NGOs in the scope per value of the dimension, and per region when `byRegion`. Values without NGOs are absent. */
export async function countNgos(
  db: Db,
  scope: NgoScope,
  dimension: NgoDimension,
  byRegion: boolean,
): Promise<CountRow[]> {
  const parts = countParts(scope, dimension, byRegion);
  return db.$queryRaw<CountRow[]>`
    SELECT region, key, sum(count)::int AS count
    FROM (${join(parts, ' UNION ALL ')}) AS parts
    GROUP BY region, key`;
}
