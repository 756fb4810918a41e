/** Shaping counts the database computed into the lists a dashboard draws. */

export interface CodeCount<C extends string = string> {
  code: C;
  count: number;
}

/**
 * One entry per code of the vocabulary, zero where the database found none,
 * largest first and ties in the vocabulary's order, so a chart never misses
 * a category and the order is stable.
 */
export function completeCounts<C extends string>(
  codes: readonly C[],
  counts: ReadonlyMap<string, number>,
): CodeCount<C>[] {
  return codes
    .map((code, index) => ({ code, count: counts.get(code) ?? 0, index }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ code, count }) => ({ code, count }));
}

/** Every year from the first to the last that has a count, in order, zero for the years between without one. */
export function yearSeries(counts: ReadonlyMap<number, number>): { year: number; count: number }[] {
  const years = [...counts.keys()];
  if (!years.length) return [];
  const series: { year: number; count: number }[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++)
    series.push({ year, count: counts.get(year) ?? 0 });
  return series;
}
