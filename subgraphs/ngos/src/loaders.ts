/** Per-request DataLoaders: every lookup by key, `__resolveReference` included, goes through one of these. */
import DataLoader from 'dataloader';
import { oneByKey, uuidsOnly } from '../../../lib/database/loaders.js';
import type { Db } from './db.js';
import type { Ngo } from './generated/prisma/client.js';

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
  return { ngoById, ngoByBin };
}

export type Loaders = ReturnType<typeof createLoaders>;
