/**
 * Batching of grouped counts within a request, for DataLoaders. Keys that
 * differ only in their one region (the statistics of each Region entity, or
 * several `regionCodes: [X]` filters) become one SQL statement grouped by
 * region, so a dashboard asking for all 20 regions costs one statement per
 * breakdown, not twenty. Other keys run one statement each, concurrently.
 */

export interface CountKey<S extends { regionCodes: string[] | null }, D extends string> {
  scope: S;
  dimension: D;
}

/** Equal keys, equal ids: the DataLoader's cache key. */
export function countKeyId(key: CountKey<{ regionCodes: string[] | null }, string>): string {
  return `${key.dimension} ${JSON.stringify(key.scope)}`;
}

function oneRegion(scope: { regionCodes: string[] | null }): string | null {
  return scope.regionCodes?.length === 1 ? scope.regionCodes[0]! : null;
}

/** How a total follows from a breakdown, so a total asked with one costs no statement of its own. */
export interface Totals<D extends string, R> {
  /** The dimension of totals. */
  total: D;
  /** Dimensions whose rows add up to the total (every row in exactly one value). */
  partitions: readonly D[];
  /** The total's rows from such a breakdown's rows. */
  sum: (rows: readonly R[]) => R[];
}

/**
 * Runs `count` once per group of keys and hands each key its rows. With
 * `byRegion` the rows carry their region and each key gets those of its own.
 */
export async function countByRegionBatches<
  S extends { regionCodes: string[] | null },
  D extends string,
  R extends { region: string | null },
>(
  keys: readonly CountKey<S, D>[],
  count: (scope: S, dimension: D, byRegion: boolean) => Promise<R[]>,
  totals?: Totals<D, R>,
): Promise<R[][]> {
  // A total asked together with a partitioning breakdown of the same scope is that breakdown's sum.
  const derivedFrom = new Map<number, number>();
  if (totals) {
    const partitionOf = new Map<string, number>();
    keys.forEach((key, index) => {
      if (totals.partitions.includes(key.dimension)) partitionOf.set(JSON.stringify(key.scope), index);
    });
    keys.forEach((key, index) => {
      const source = key.dimension === totals.total ? partitionOf.get(JSON.stringify(key.scope)) : undefined;
      if (source !== undefined) derivedFrom.set(index, source);
    });
  }
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (derivedFrom.has(index)) return;
    const id =
      oneRegion(key.scope) === null
        ? countKeyId(key)
        : `${countKeyId({ ...key, scope: { ...key.scope, regionCodes: null } })} per region`;
    groups.set(id, [...(groups.get(id) ?? []), index]);
  });
  const results: R[][] = new Array<R[]>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const first = keys[indexes[0]!]!;
      if (indexes.length === 1) {
        results[indexes[0]!] = await count(first.scope, first.dimension, false);
        return;
      }
      const regions = indexes.map((i) => oneRegion(keys[i]!.scope)!);
      const rows = await count({ ...first.scope, regionCodes: [...new Set(regions)].sort() }, first.dimension, true);
      indexes.forEach((keyIndex, i) => {
        results[keyIndex] = rows.filter((row) => row.region === regions[i]);
      });
    }),
  );
  for (const [index, source] of derivedFrom) results[index] = totals!.sum(results[source]!);
  return results;
}

/** The total of simple count rows ({ region, key, count }): one row with their sum, none for none. */
export function sumCounts<R extends { region: string | null; key: string | null; count: number }>(
  rows: readonly R[],
): R[] {
  if (!rows.length) return [];
  return [{ ...rows[0]!, key: null, count: rows.reduce((sum, row) => sum + row.count, 0) }];
}
