/**
 * Projects considered over time. The periods come from generate_series, so
 * a period without projects is a row with 0; the counts come from the same
 * parts as the statistics (the monthly count table for whole months, the
 * rows for the days at the ends), bucketed by the period of their month or day.
 */
import { periodInterval } from '../../../../lib/domain/periods.js';
import { join } from '../../../../lib/database/sql.js';
import { badUserInput } from '../../../../lib/graphql/errors.js';
import { countTrend, type CountTrend } from '../../../../lib/graphql/trend-result.js';
import type { TrendRequest } from '../../../../lib/graphql/trends.js';
import type { Db } from '../db.js';
import { projectCountParts } from './project-counts.js';
import type { ProjectScope } from './project-scope.js';

/** Refuses a date range inside the filter: the trend's own `from` and `to` say it. */
function trendScope(scope: ProjectScope, request: TrendRequest): ProjectScope {
  if (scope.consideredFrom || scope.consideredTo) {
    const argument = scope.consideredFrom ? 'filter.consideredFrom' : 'filter.consideredTo';
    throw badUserInput(`${argument} cannot be used in a trend: give the range as from and to`, argument);
  }
  return { ...scope, consideredFrom: request.range.from, consideredTo: request.range.to };
}

export async function projectTrend(db: Db, request: TrendRequest, scope: ProjectScope): Promise<CountTrend> {
  const { granularity, periods } = request;
  // The 'year' dimension's key is not what a month bucket needs: count per first day of the period instead.
  const parts = projectCountParts(trendScope(scope, request), 'month', false);
  const rows = await db.$queryRaw<{ start: string; count: number }[]>`
    SELECT to_char(p.start, 'YYYY-MM-DD') AS start, coalesce(sum(c.count), 0)::int AS count
    FROM generate_series(${periods[0]!.start}::date, ${periods.at(-1)!.start}::date, ${periodInterval(granularity)}::interval) AS p(start)
    LEFT JOIN (
      SELECT date_trunc(${granularity}, key::date)::date AS start, count FROM (${join(parts, ' UNION ALL ')}) AS parts
    ) AS c ON c.start = p.start::date
    GROUP BY p.start
    ORDER BY p.start`;
  return countTrend(request, new Map(rows.map((row) => [row.start, row.count])));
}
