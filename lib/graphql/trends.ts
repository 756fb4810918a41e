/**
 * The arguments every time series takes: an interval (MONTH, QUARTER, YEAR)
 * and an explicit date range. Dashboards pass the dates, so no answer depends
 * on the day it is asked. The number of points is capped so that a typo in a
 * year cannot ask for thousands of buckets.
 */
import { periodCount, periodsOf, type DayRange, type Granularity } from '../domain/periods.js';
import { badUserInput } from './errors.js';
import { validatePeriod } from './filters.js';

export const MAX_TREND_POINTS = 240;

export type TrendInterval = 'MONTH' | 'QUARTER' | 'YEAR';

export interface TrendRequest {
  interval: TrendInterval;
  granularity: Granularity;
  range: DayRange;
  /** Every period the range touches, clipped to it, in order. */
  periods: (DayRange & { start: string })[];
}

/** Validates the range and the number of points; argument names are those of the GraphQL field. */
export function trendRequest(interval: TrendInterval, from: Date, to: Date): TrendRequest {
  validatePeriod(from, to, 'from', 'to');
  const granularity = interval.toLowerCase() as Granularity;
  const range = { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  const count = periodCount(range, granularity);
  if (count > MAX_TREND_POINTS) {
    throw badUserInput(
      `from ${range.from} to ${range.to} by ${interval} makes ${count} points, more than ${MAX_TREND_POINTS}: ` +
        `choose a longer interval${interval === 'YEAR' ? '' : ' (QUARTER or YEAR)'} or a shorter range`,
      'interval',
    );
  }
  return { interval, granularity, range, periods: periodsOf(range, granularity) };
}
