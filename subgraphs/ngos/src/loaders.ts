/** Per-request DataLoaders: every lookup by key, `__resolveReference` included, goes through one of these. */
import DataLoader from 'dataloader';
import { oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import type { Db } from './db.js';
import type { Ngo } from './generated/prisma/client.js';
import {
  countByRegionBatches,
  countKeyId,
  sumCounts,
  type CountKey,
  type Totals,
} from '../../../lib/database/region-batches.js';
import { countNgos, type CountRow, type NgoDimension } from './services/ngo-counts.js';
import type { NgoScope } from './services/ngo-scope.js';

/** Each NGO has one region, status, legal form and year (but maybe several sectors): those breakdowns add up to the total. */
const NGO_TOTALS: Totals<NgoDimension, CountRow> = {
  total: 'total',
  partitions: ['region', 'status', 'legalForm', 'year'],
  sum: sumCounts,
};

export function createLoaders(db: Db) {
  const ngoById: DataLoader<string, Ngo | null> = new DataLoader(async (ids) => {
    const valid = uuidsOnly(ids);
    const rows = valid.length ? await db.ngo.findMany({ where: { id: { in: valid } } }) : [];
    rows.forEach((row) => ngoByBin.prime(row.bin, row));
    return oneByKey(ids, rows, (row) => row.id);
  });
  const ngoByBin: DataLoader<string, Ngo | null> = new DataLoader(async (bins) => {
    const rows = await db.ngo.findMany({ where: { bin: { in: [...bins] } } });
    rows.forEach((row) => ngoById.prime(row.id, row));
    return oneByKey(bins, rows, (row) => row.bin);
  });
  /** NGO counts per statistic and breakdown; the statistics of many regions share one statement. */
  const ngoCounts = new DataLoader<CountKey<NgoScope, NgoDimension>, CountRow[], string>(
    (keys) =>
      countByRegionBatches(keys, (scope, dimension, byRegion) => countNgos(db, scope, dimension, byRegion), NGO_TOTALS),
    { cacheKeyFn: countKeyId },
  );
  return { ngoById, ngoByBin, ngoCounts };
}

export type Loaders = ReturnType<typeof createLoaders>;
