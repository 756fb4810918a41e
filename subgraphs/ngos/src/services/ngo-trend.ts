/**
 * NGO registrations over time. The periods come from generate_series, so a
 * period without registrations is a row with 0. The count tables the
 * database keeps answer the whole periods (by YEAR ngo_counts, by MONTH or
 * QUARTER ngo_month_counts: a few thousand rows whatever the data's size),
 * and the rows, through the index on registered_on, the days at the range's
 * ends. A sector filter, which the count tables do not keep, counts rows.
 */
import { periodInterval, splitByPeriod, type Granularity } from '../../../../lib/domain/periods.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { countTrend, type CountTrend } from '../../../../lib/graphql/trend-result.js';
import type { TrendRequest } from '../../../../lib/graphql/trends.js';
import type { Db } from '../db.js';
import { and, dateBetween, join, sql, type Sql } from '../../../../lib/database/sql.js';
import { countParts } from './ngo-counts.js';
import type { NgoScope } from './ngo-scope.js';
import { commonConditions, rowConditions } from './ngo-sql.js';

/** Refuses a registration range inside the filter: the trend's own `from` and `to` say it. */
export function trendScope(scope: NgoScope): NgoScope {
  if (scope.registeredFrom || scope.registeredTo) {
    const argument = scope.registeredFrom ? 'filter.registeredFrom' : 'filter.registeredTo';
    throw badUserInput(`${argument} cannot be used in a trend: give the range as from and to`, argument);
  }
  return scope;
}

/** Registrations per month or quarter (its first day): whole months from ngo_month_counts, the ends from the rows. */
function monthlyCounts(scope: NgoScope, granularity: Granularity, from: string, to: string): Sql {
  const { whole, edges } = splitByPeriod({ from, to }, 'month');
  const parts: Sql[] = [];
  if (whole) {
    parts.push(sql`SELECT c.registered_month AS month, sum(c.ngos) AS count FROM ngo_month_counts c
      WHERE ${and([...commonConditions(scope, 'c'), sql`c.registered_month BETWEEN ${whole.from}::date AND ${whole.to}::date`])}
      GROUP BY 1`);
  }
  // One part per end: a single range each, which the index on registered_on answers alone (an OR of ranges reads the table).
  for (const edge of edges) {
    parts.push(sql`SELECT date_trunc('month', n.registered_on)::date AS month, count(*) AS count FROM ngos n
      WHERE ${and([...commonConditions(scope, 'n'), ...dateBetween('n.registered_on', edge.from, edge.to)])}
      GROUP BY 1`);
  }
  return sql`SELECT date_trunc(${granularity}, parts.month)::date AS start, sum(parts.count) AS count
    FROM (${join(parts, ' UNION ALL ')}) AS parts GROUP BY 1`;
}

export async function registrationTrend(db: Db, request: TrendRequest, scope: NgoScope): Promise<CountTrend> {
  const { granularity, range, periods } = request;
  const dated: NgoScope = { ...trendScope(scope), registeredFrom: range.from, registeredTo: range.to };
  let counted: Sql;
  if (dated.sectors) {
    counted = sql`SELECT date_trunc(${granularity}, n.registered_on)::date AS start, count(*) AS count
                   FROM ngos n WHERE ${rowConditions(dated)} GROUP BY 1`;
  } else if (granularity === 'year') {
    counted = sql`SELECT make_date(key::int, 1, 1) AS start, count FROM (${join(countParts(dated, 'year', false), ' UNION ALL ')}) AS parts`;
  } else {
    counted = monthlyCounts(dated, granularity, range.from, range.to);
  }
  const rows = await db.$queryRaw<{ start: string; count: number }[]>`
    SELECT to_char(p.start, 'YYYY-MM-DD') AS start, coalesce(sum(c.count), 0)::int AS count
    FROM generate_series(${periods[0]!.start}::date, ${periods.at(-1)!.start}::date, ${periodInterval(granularity)}::interval) AS p(start)
    LEFT JOIN (${counted}) AS c ON c.start = p.start::date
    GROUP BY p.start
    ORDER BY p.start`;
  return countTrend(request, new Map(rows.map((row) => [row.start, row.count])));
}
