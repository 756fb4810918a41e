/** A time series as the GraphQL CountTrend type returns it: the request's periods with the counts the database found. */
import { periodLabel } from '../domain/periods.js';
import type { TrendInterval, TrendRequest } from './trends.js';

export interface CountTrendPoint {
  start: Date;
  end: Date;
  label: string;
  count: number;
}

export interface CountTrend {
  interval: TrendInterval;
  from: Date;
  to: Date;
  total: number;
  points: CountTrendPoint[];
}

const asDate = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** `counts` maps a period's first day ('YYYY-MM-DD') to its count; a period it lacks counts 0. */
export function countTrend(request: TrendRequest, counts: ReadonlyMap<string, number>): CountTrend {
  const points = request.periods.map((period) => ({
    start: asDate(period.from),
    end: asDate(period.to),
    label: periodLabel(period.start, request.granularity),
    count: counts.get(period.start) ?? 0,
  }));
  return {
    interval: request.interval,
    from: asDate(request.range.from),
    to: asDate(request.range.to),
    total: points.reduce((sum, point) => sum + point.count, 0),
    points,
  };
}
