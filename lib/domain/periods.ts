/**
 * Calendar periods on ISO dates ('YYYY-MM-DD', UTC): the buckets of a time
 * series, and how a date range splits into whole periods (which a rollup
 * table can answer) and the days at its edges (which only the rows can).
 */

export type Granularity = 'month' | 'quarter' | 'year';

/** A date range, both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

const MONTHS: Record<Granularity, number> = { month: 1, quarter: 3, year: 12 };

/** The period's length as a PostgreSQL interval (for generate_series). */
export function periodInterval(granularity: Granularity): string {
  return `${MONTHS[granularity]} months`;
}

function parts(date: string): { year: number; month: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function monthStart(year: number, month: number): string {
  return isoDate(Date.UTC(year, month - 1, 1));
}

export function addDays(date: string, days: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
}

/** The first day of the period that holds the date. */
export function periodStart(date: string, granularity: Granularity): string {
  const { year, month } = parts(date);
  const size = MONTHS[granularity];
  return monthStart(year, Math.floor((month - 1) / size) * size + 1);
}

/** The first day of the period after the one that starts on `start`. */
export function nextPeriodStart(start: string, granularity: Granularity): string {
  const { year, month } = parts(start);
  return monthStart(year, month + MONTHS[granularity]);
}

/** How many periods the range touches, the partial ones at its ends included. */
export function periodCount(range: DayRange, granularity: Granularity): number {
  const first = parts(periodStart(range.from, granularity));
  const last = parts(periodStart(range.to, granularity));
  return ((last.year - first.year) * 12 + (last.month - first.month)) / MONTHS[granularity] + 1;
}

/** A short name for the period starting on `start`: 2024, 2024-Q3, 2024-07. */
export function periodLabel(start: string, granularity: Granularity): string {
  const { year, month } = parts(start);
  if (granularity === 'year') return String(year);
  if (granularity === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return start.slice(0, 7);
}

/** The periods the range touches, each clipped to the range. */
export function periodsOf(range: DayRange, granularity: Granularity): (DayRange & { start: string })[] {
  const periods: (DayRange & { start: string })[] = [];
  for (
    let start = periodStart(range.from, granularity);
    start <= range.to;
    start = nextPeriodStart(start, granularity)
  ) {
    const end = addDays(nextPeriodStart(start, granularity), -1);
    periods.push({ start, from: start < range.from ? range.from : start, to: end > range.to ? range.to : end });
  }
  return periods;
}

/**
 * Splits a range into the whole periods inside it (first and last period
 * start, or null when none is whole) and the leftover days at either end.
 */
export function splitByPeriod(
  range: DayRange,
  granularity: Granularity,
): { whole: DayRange | null; edges: DayRange[] } {
  const containing = periodStart(range.from, granularity);
  const firstWhole = range.from === containing ? range.from : nextPeriodStart(containing, granularity);
  const afterLast = periodStart(addDays(range.to, 1), granularity);
  if (firstWhole >= afterLast) return { whole: null, edges: [range] };
  const edges: DayRange[] = [];
  if (range.from < firstWhole) edges.push({ from: range.from, to: addDays(firstWhole, -1) });
  if (afterLast <= range.to) edges.push({ from: afterLast, to: range.to });
  // `whole.to` is the start of the last whole period: rollups are keyed by period start.
  const lastWholeStart = periodStart(addDays(afterLast, -1), granularity);
  return { whole: { from: firstWhole, to: lastWholeStart }, edges };
}
