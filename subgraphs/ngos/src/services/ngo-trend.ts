/**
 * NGO registrations over time. The periods come from generate_series, so a
 * period without registrations is a row with 0. By YEAR the count tables
 * answer the whole years; by MONTH or QUARTER the rows do, through the
 * index on registered_on.
 */
import { periodInterval } from '../../../../lib/domain/periods.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { countTrend, type CountTrend } from '../../../../lib/graphql/trend-result.js';
import type { TrendRequest } from '../../../../lib/graphql/trends.js';
import type { Db } from '../db.js';
import { join, sql } from '../../../../lib/database/sql.js';
import { countParts } from './ngo-counts.js';
import type { NgoScope } from './ngo-scope.js';
import { rowConditions } from './ngo-sql.js';

/** Refuses a registration range inside the filter: the trend's own `from` and `to` say it. */
export function trendScope(scope: NgoScope): NgoScope {
  if (scope.registeredFrom || scope.registeredTo) {
    const argument = scope.registeredFrom ? 'filter.registeredFrom' : 'filter.registeredTo';
    throw badUserInput(`${argument} cannot be used in a trend: give the range as from and to`, argument);
  }
  return scope;
}

export async function registrationTrend(db: Db, request: TrendRequest, scope: NgoScope): Promise<CountTrend> {
  const { granularity, range, periods } = request;
  const dated: NgoScope = { ...trendScope(scope), registeredFrom: range.from, registeredTo: range.to };
  const counted =
    granularity === 'year' && !dated.sectors
      ? sql`SELECT make_date(key::int, 1, 1) AS start, count FROM (${join(countParts(dated, 'year', false), ' UNION ALL ')}) AS parts`
      : sql`SELECT date_trunc(${granularity}, n.registered_on)::date AS start, count(*) AS count
                   FROM ngos n WHERE ${rowConditions(dated)} GROUP BY 1`;
  const rows = await db.$queryRaw<{ start: string; count: number }[]>`
    SELECT to_char(p.start, 'YYYY-MM-DD') AS start, coalesce(sum(c.count), 0)::int AS count
    FROM generate_series(${periods[0]!.start}::date, ${periods.at(-1)!.start}::date, ${periodInterval(granularity)}::interval) AS p(start)
    LEFT JOIN (${counted}) AS c ON c.start = p.start::date
    GROUP BY p.start
    ORDER BY p.start`;
  return countTrend(request, new Map(rows.map((row) => [row.start, row.count])));
}
