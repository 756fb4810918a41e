import type { Logger } from '../../../lib/logger.js';
import type { Db } from './db.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Built once per request: a fresh set of DataLoaders, so batching and caching never cross requests. */
export interface Context {
  db: Db;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
}

export function createContext(db: Db, logger: Logger, requestId: string): Context {
  return { db, loaders: createLoaders(db), logger: logger.child({ requestId }), requestId };
}
